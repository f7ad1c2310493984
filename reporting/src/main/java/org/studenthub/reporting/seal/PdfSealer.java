package org.studenthub.reporting.seal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.GregorianCalendar;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.ExternalSigningSupport;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Seals a PDF with the college seal: a PAdES baseline B-B signature (SubFilter ETSI.CAdES.detached, SHA-256,
 * signing-certificate-v2), added by an incremental update so the original bytes stay untouched, with the visible
 * seal block in the area page 1 keeps free ({@link PortfolioContract#sealArea()}). The signature certifies the
 * document with "no changes allowed" (DocMDP P=1): a portfolio is final once sealed.
 *
 * <p>One sealer can seal many documents, also from several threads (a batch): the visible block, which shows
 * the time to the minute, is drawn once per minute and college and reused.
 */
public final class PdfSealer {
    private static final Logger LOG = LoggerFactory.getLogger(PdfSealer.class);
    /** SubFilter of a PAdES signature. */
    public static final COSName ETSI_CADES_DETACHED = COSName.getPDFName("ETSI.CAdES.detached");
    private static final int NO_CHANGES_ALLOWED = 1;
    private static final int SIGNATURE_ROOM = 8_192;

    private final Clock clock;
    private final SealStamps stamps = new SealStamps();

    public PdfSealer() {
        this(Clock.systemUTC());
    }

    /** A sealer whose seals carry the time of {@code clock}. */
    public PdfSealer(Clock clock) {
        this.clock = clock;
    }

    /** Returns the sealed PDF: {@code unsignedPdf} unchanged, followed by the incremental update holding the seal. */
    public byte[] seal(byte[] unsignedPdf, SealKey key, SealAppearance appearance) {
        ZonedDateTime now = ZonedDateTime.now(clock.withZone(appearance.zone()));
        try (PDDocument document = load(unsignedPdf);
             SignatureOptions options = new SignatureOptions()) {
            if (!document.getSignatureDictionaries().isEmpty()) {
                throw new SealException("seal.pdf.already_signed");
            }
            PDSignature signature = signatureDictionary(key, appearance, now);
            certify(document, signature);
            PDPage first = document.getPage(0);
            options.setVisualSignature(new ByteArrayInputStream(stamps.template(first.getMediaBox(), appearance, now,
                    key.info().fingerprintPrefix())));
            options.setPage(0);
            options.setPreferredSignatureSize(SIGNATURE_ROOM + key.chain().stream()
                    .mapToInt(PdfSealer::encodedLength).sum());
            document.addSignature(signature, options);
            IncrementalOutput out = new IncrementalOutput(unsignedPdf);
            ExternalSigningSupport external = document.saveIncrementalForExternalSigning(out);
            external.setSignature(CadesSignature.sign(external.getContent(), key));
            LOG.debug("Sealed a PDF of {} bytes with {}", unsignedPdf.length, key);
            return out.toByteArray();
        } catch (IOException | UncheckedIOException e) {
            throw new SealException("seal.sign.failed", e, e.getClass().getSimpleName());
        }
    }

    private static PDDocument load(byte[] pdf) {
        try {
            return Loader.loadPDF(pdf);
        } catch (IOException e) {
            throw new SealException("seal.pdf.unreadable", e, e.getClass().getSimpleName());
        }
    }

    private static PDSignature signatureDictionary(SealKey key, SealAppearance appearance, ZonedDateTime now) {
        PDSignature signature = new PDSignature();
        signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
        signature.setSubFilter(ETSI_CADES_DETACHED);
        signature.setName(appearance.collegeName());
        signature.setReason(SealTexts.tr(appearance.locale(), "stamp.reason", appearance.collegeName()));
        signature.setSignDate(GregorianCalendar.from(now));
        return signature;
    }

    /** Makes {@code signature} the document's certification signature: no change of any kind allowed after it. */
    private static void certify(PDDocument document, PDSignature signature) {
        COSDictionary transformParameters = new COSDictionary();
        transformParameters.setItem(COSName.TYPE, COSName.getPDFName("TransformParams"));
        transformParameters.setInt(COSName.P, NO_CHANGES_ALLOWED);
        transformParameters.setName(COSName.V, "1.2");
        COSDictionary reference = new COSDictionary();
        reference.setItem(COSName.TYPE, COSName.getPDFName("SigRef"));
        reference.setItem(COSName.getPDFName("TransformMethod"), COSName.DOCMDP);
        reference.setItem(COSName.getPDFName("TransformParams"), transformParameters);
        COSArray references = new COSArray();
        references.add(reference);
        signature.getCOSObject().setItem(COSName.getPDFName("Reference"), references);
        COSDictionary catalog = document.getDocumentCatalog().getCOSObject();
        COSDictionary permissions = new COSDictionary();
        permissions.setItem(COSName.DOCMDP, signature);
        catalog.setItem(COSName.PERMS, permissions);
        catalog.setNeedToBeUpdated(true);
        permissions.setNeedToBeUpdated(true);
    }

    private static int encodedLength(X509Certificate certificate) {
        try {
            return certificate.getEncoded().length;
        } catch (CertificateEncodingException e) {
            return 2_048;
        }
    }
}
