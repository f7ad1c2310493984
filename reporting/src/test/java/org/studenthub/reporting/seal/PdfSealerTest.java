package org.studenthub.reporting.seal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.text.PDFTextStripper;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PdfSealerTest {
    private static final Instant SEALED_AT = Instant.parse("2026-11-21T08:30:00Z");
    private final PdfSealer sealer = new PdfSealer(Clock.fixed(SEALED_AT, ZoneOffset.UTC));

    @TempDir
    Path folder;

    @Test
    void sealedPortfolioIsAPadesSignatureThatPdfsigFindsValid() throws Exception {
        byte[] unsigned = ContractPdf.standard().pdf;

        byte[] sealed = seal(unsigned);

        assertThat(Arrays.copyOf(sealed, unsigned.length)).as("incremental: original bytes untouched")
                .isEqualTo(unsigned);
        String pdfsig = PdfSig.report(sealed, folder);
        assertThat(pdfsig).contains("Signature Validation: Signature is Valid.", "ETSI.CAdES.detached",
                "SHA-256", "Total document signed");
        try (PDDocument document = Loader.loadPDF(sealed)) {
            PDSignature signature = document.getSignatureDictionaries().get(0);
            assertThat(signature.getSubFilter()).isEqualTo("ETSI.CAdES.detached");
            assertThat(signature.getSignDate().toInstant()).isEqualTo(SEALED_AT);
            assertThat(document.getDocumentCatalog().getCOSObject().getCOSDictionary(
                    org.apache.pdfbox.cos.COSName.PERMS)).as("certified: DocMDP").isNotNull();
            SignerInformation signer = new CMSSignedData(SignatureChecks.contentInfo(signature.getContents())).getSignerInfos().iterator().next();
            assertThat(signer.getSignedAttributes().get(PKCSObjectIdentifiers.id_aa_signingCertificateV2)).isNotNull();
            assertThat(signer.getSignedAttributes().get(CMSAttributes.signingTime)).as("PAdES: time in /M only").isNull();
        }
    }

    @Test
    void visibleSealShowsCollegeDateAndFingerprintInEmbeddedFont() throws Exception {
        byte[] sealed = seal(ContractPdf.standard().pdf);

        try (PDDocument document = Loader.loadPDF(sealed)) {
            var widget = document.getSignatureFields().get(0).getWidgets().get(0);
            assertThat(widget.getRectangle().getLowerLeftX()).isEqualTo(355f);
            assertThat(widget.getRectangle().getLowerLeftY()).isEqualTo(36f);
            assertThat(widget.getRectangle().getWidth()).isEqualTo(200f);
            assertThat(widget.getRectangle().getHeight()).isEqualTo(72f);
            String stamp = new String(widget.getNormalAppearanceStream().getContentStream().toByteArray(),
                    StandardCharsets.ISO_8859_1);
            assertThat(stamp).contains("Tf");
            var font = widget.getNormalAppearanceStream().getResources().getFont(
                    widget.getNormalAppearanceStream().getResources().getFontNames().iterator().next());
            assertThat(font.isEmbedded()).isTrue();
            assertThat(font.getName()).contains("DejaVuSans");
        }
        String text = PdfText.of(sealed, folder);
        assertThat(text).contains("Sigillato da", "Istituto Tecnico", "«Guglielmo Marconi»", "21 nov 2026",
                SealTestKeys.rsa().info().fingerprintPrefix());
    }

    @Test
    void ecSealIsValidForPdfsigToo() throws Exception {
        SealKey ec = SealCertificates.selfSigned("Collegio Ω", SealAlgorithm.EC_P256, 1, Instant.now());

        byte[] sealed = new PdfSealer().seal(ContractPdf.standard().pdf, ec, SealAppearance.of("Collegio Ω"));

        assertThat(PdfSig.saysValid(PdfSig.report(sealed, folder))).isTrue();
        Verification verification = new PortfolioVerifier().verify(sealed);
        assertThat(verification.passed()).as("%s", verification).isTrue();
    }

    @Test
    void aSealedPortfolioIsNotSealedTwice() throws Exception {
        byte[] sealed = seal(ContractPdf.standard().pdf);

        assertThatThrownBy(() -> seal(sealed)).isInstanceOfSatisfying(SealException.class,
                e -> assertThat(e.messageKey()).isEqualTo("seal.pdf.already_signed"));
    }

    private byte[] seal(byte[] pdf) {
        return sealer.seal(pdf, SealTestKeys.rsa(),
                new SealAppearance(SealTestKeys.COLLEGE, Locale.ITALIAN, ZoneId.of("Europe/Rome")));
    }

    /** Text of page 1 as poppler's pdftotext extracts it (annotations included), or PDFBox when absent. */
    static final class PdfText {
        static String of(byte[] pdf, Path folder) throws Exception {
            Path file = java.nio.file.Files.createTempFile(folder, "text-", ".pdf");
            java.nio.file.Files.write(file, pdf);
            Process process = new ProcessBuilder("pdftotext", "-f", "1", "-l", "1", file.toString(), "-")
                    .redirectErrorStream(true).start();
            String text = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            process.waitFor();
            return text.contains("Sigill") || text.contains("Sealed") ? text : pdfbox(pdf) + text;
        }

        private static String pdfbox(byte[] pdf) throws Exception {
            try (PDDocument document = Loader.loadPDF(pdf)) {
                return new PDFTextStripper().getText(document);
            }
        }
    }
}
