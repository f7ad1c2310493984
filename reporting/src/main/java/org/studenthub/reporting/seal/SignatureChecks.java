package org.studenthub.reporting.seal;

import static org.studenthub.reporting.seal.Verification.Check.BYTE_RANGE;
import static org.studenthub.reporting.seal.Verification.Check.CERTIFICATE;
import static org.studenthub.reporting.seal.Verification.Check.NO_LATER_CHANGES;
import static org.studenthub.reporting.seal.Verification.Check.SIGNATURE;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.util.Selector;

/**
 * The checks on the seal signature itself: the CMS signature over the signed byte ranges, the ranges covering the
 * whole file but the signature value, nothing appended after sealing, and the seal certificate at sealing time.
 */
final class SignatureChecks {
    private final byte[] file;
    private final PDSignature signature;
    private X509Certificate signer;
    private List<X509Certificate> chain = List.of();

    SignatureChecks(byte[] file, PDSignature signature) {
        this.file = file;
        this.signature = signature;
    }

    /** The seal certificate found in the signature, once {@link #signature()} ran. */
    X509Certificate signer() {
        return signer;
    }

    Verification.Result signature() {
        String subFilter = signature.getSubFilter();
        if (!PdfSealer.ETSI_CADES_DETACHED.getName().equals(subFilter)) {
            return Verification.Result.fail(SIGNATURE, "verify.signature.subfilter", String.valueOf(subFilter));
        }
        try {
            CMSSignedData cms = new CMSSignedData(new CMSProcessableByteArray(signature.getSignedContent(file)),
                    contentInfo(signature.getContents()));
            Collection<SignerInformation> signers = cms.getSignerInfos().getSigners();
            if (signers.size() != 1) {
                return Verification.Result.fail(SIGNATURE, "verify.signature.malformed", signers.size() + " signers");
            }
            SignerInformation info = signers.iterator().next();
            chain = certificates(cms);
            signer = find(cms, info);
            if (signer == null) {
                return Verification.Result.fail(SIGNATURE, "verify.signature.malformed", "no signer certificate");
            }
            if (!info.verify(new JcaSimpleSignerInfoVerifierBuilder().build(signer))) {
                return Verification.Result.fail(SIGNATURE, "verify.signature.invalid");
            }
            if (!bindsCertificate(info, signer)) {
                return Verification.Result.fail(SIGNATURE, "verify.signature.no_signing_certificate");
            }
            return Verification.Result.pass(SIGNATURE, "verify.signature.valid", signer.getSigAlgName());
        } catch (CMSException e) {
            return Verification.Result.fail(SIGNATURE, "verify.signature.invalid");
        } catch (IOException | GeneralSecurityException | OperatorCreationException | RuntimeException e) {
            return Verification.Result.fail(SIGNATURE, "verify.signature.malformed", e.getClass().getSimpleName());
        }
    }

    /** The CMS structure at the start of the signature value (the rest of /Contents is zero padding). */
    static ContentInfo contentInfo(byte[] contents) throws IOException {
        try (ASN1InputStream in = new ASN1InputStream(contents)) {
            return ContentInfo.getInstance(in.readObject());
        }
    }

    /** The bytes left out of the signed ranges are exactly the signature value, a hex string {@code <...>}. */
    Verification.Result byteRange() {
        int[] range = signature.getByteRange();
        boolean shaped = range.length == 4 && range[0] == 0 && range[1] > 0 && range[2] > range[1] + 1
                && range[3] >= 0 && (long) range[2] + range[3] <= file.length;
        if (!shaped || file[range[1]] != '<' || file[range[2] - 1] != '>') {
            return Verification.Result.fail(BYTE_RANGE, "verify.range.incomplete");
        }
        try {
            byte[] gap = HexFormat.of().parseHex(new String(file, range[1] + 1, range[2] - range[1] - 2,
                    java.nio.charset.StandardCharsets.US_ASCII));
            if (!Arrays.equals(gap, signature.getContents())) {
                return Verification.Result.fail(BYTE_RANGE, "verify.range.incomplete");
            }
        } catch (IllegalArgumentException e) {
            return Verification.Result.fail(BYTE_RANGE, "verify.range.incomplete");
        }
        return Verification.Result.pass(BYTE_RANGE, "verify.range.complete");
    }

    /** The signed ranges end where the file ends: no incremental update was appended after sealing. */
    Verification.Result noLaterChanges() {
        int[] range = signature.getByteRange();
        long signedEnd = range.length == 4 ? (long) range[2] + range[3] : 0;
        if (signedEnd == file.length) {
            return Verification.Result.pass(NO_LATER_CHANGES, "verify.changes.none");
        }
        return Verification.Result.fail(NO_LATER_CHANGES, "verify.changes.after", file.length - signedEnd);
    }

    /** The seal certificate was valid when the document was sealed, may sign, and its chain is unbroken. */
    Verification.Result certificate(Instant sealedAt, String sealedAtText) {
        if (signer == null) {
            return Verification.Result.fail(CERTIFICATE, "verify.certificate.missing");
        }
        String subject = signer.getSubjectX500Principal().getName();
        try {
            signer.checkValidity(Date.from(sealedAt));
        } catch (CertificateException e) {
            return Verification.Result.fail(CERTIFICATE, "verify.certificate.not_valid_at_signing", subject,
                    sealedAtText, VerificationTimes.format(signer.getNotBefore().toInstant()),
                    VerificationTimes.format(signer.getNotAfter().toInstant()));
        }
        if (!SealCertificates.allowsSigning(signer)) {
            return Verification.Result.fail(CERTIFICATE, "verify.certificate.cannot_sign", subject);
        }
        List<X509Certificate> path = path();
        for (int i = 0; i + 1 < path.size(); i++) {
            try {
                path.get(i).verify(path.get(i + 1).getPublicKey());
            } catch (GeneralSecurityException e) {
                return Verification.Result.fail(CERTIFICATE, "verify.certificate.chain_broken",
                        path.get(i).getSubjectX500Principal().getName());
            }
        }
        String fingerprint = SealCertificateInfo.fingerprint(signer);
        if (SealCertificates.selfSigned(signer)) {
            return Verification.Result.pass(CERTIFICATE, "verify.certificate.valid_self_signed", subject,
                    sealedAtText, fingerprint);
        }
        return Verification.Result.pass(CERTIFICATE, "verify.certificate.valid_issued", subject, sealedAtText,
                signer.getIssuerX500Principal().getName(), fingerprint);
    }

    /** The signer followed by its issuers, as far as the signature carries them. */
    private List<X509Certificate> path() {
        List<X509Certificate> path = new ArrayList<>(List.of(signer));
        X509Certificate current = signer;
        while (!SealCertificates.selfSigned(current)) {
            X509Certificate issuer = null;
            for (X509Certificate candidate : chain) {
                if (candidate.getSubjectX500Principal().equals(current.getIssuerX500Principal())
                        && !path.contains(candidate)) {
                    issuer = candidate;
                }
            }
            if (issuer == null) {
                break;
            }
            path.add(issuer);
            current = issuer;
        }
        return path;
    }

    /** The signing-certificate-v2 attribute names exactly this certificate (SHA-256 of its encoding). */
    private static boolean bindsCertificate(SignerInformation info, X509Certificate certificate)
            throws GeneralSecurityException {
        if (info.getSignedAttributes() == null) {
            return false;
        }
        Attribute attribute = info.getSignedAttributes().get(PKCSObjectIdentifiers.id_aa_signingCertificateV2);
        if (attribute == null || attribute.getAttrValues().size() != 1) {
            return false;
        }
        ASN1Encodable value = attribute.getAttrValues().getObjectAt(0);
        ESSCertIDv2[] ids = SigningCertificateV2.getInstance(value).getCerts();
        if (ids.length == 0 || !"2.16.840.1.101.3.4.2.1".equals(ids[0].getHashAlgorithm().getAlgorithm().getId())) {
            return false;
        }
        byte[] expected = MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded());
        return MessageDigest.isEqual(expected, ids[0].getCertHash());
    }

    @SuppressWarnings("unchecked")
    private static X509Certificate find(CMSSignedData cms, SignerInformation info) throws CertificateException {
        Collection<X509CertificateHolder> matches = cms.getCertificates()
                .getMatches((Selector<X509CertificateHolder>) (Selector<?>) info.getSID());
        if (matches.isEmpty()) {
            return null;
        }
        return new JcaX509CertificateConverter().getCertificate(matches.iterator().next());
    }

    private static List<X509Certificate> certificates(CMSSignedData cms) throws CertificateException {
        List<X509Certificate> certificates = new ArrayList<>();
        JcaX509CertificateConverter converter = new JcaX509CertificateConverter();
        for (X509CertificateHolder holder : cms.getCertificates().getMatches(null)) {
            certificates.add(converter.getCertificate(holder));
        }
        return certificates;
    }
}
