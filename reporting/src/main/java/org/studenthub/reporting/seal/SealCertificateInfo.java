package org.studenthub.reporting.seal;

import java.math.BigInteger;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import javax.naming.InvalidNameException;
import javax.naming.ldap.LdapName;
import javax.naming.ldap.Rdn;
import java.util.Locale;

/**
 * The public facts of a seal certificate, as {@code seal show} and {@code portfolio verify} print them. The
 * SHA-256 fingerprint is what a college publishes so that anyone can recognise its seal.
 */
public record SealCertificateInfo(String subject, String issuer, BigInteger serial, Instant notBefore,
                                  Instant notAfter, String sha256Fingerprint, boolean selfSigned) {

    public static SealCertificateInfo of(X509Certificate certificate) {
        boolean selfSigned = certificate.getSubjectX500Principal().equals(certificate.getIssuerX500Principal());
        return new SealCertificateInfo(certificate.getSubjectX500Principal().getName(),
                certificate.getIssuerX500Principal().getName(), certificate.getSerialNumber(),
                certificate.getNotBefore().toInstant(), certificate.getNotAfter().toInstant(),
                fingerprint(certificate), selfSigned);
    }

    /** SHA-256 over the DER encoding, upper-case hex in pairs separated by colons (as browsers and keytool show it). */
    public static String fingerprint(X509Certificate certificate) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded());
            return HexFormat.ofDelimiter(":").withUpperCase().formatHex(digest);
        } catch (NoSuchAlgorithmException | CertificateEncodingException e) {
            throw new IllegalStateException("SHA-256 of a certificate", e);
        }
    }

    /** Who holds the seal, for a verdict line: the subject's organisation (O), else its common name (CN). */
    public String holder() {
        try {
            List<Rdn> rdns = new LdapName(subject).getRdns();
            for (String type : List.of("O", "CN")) {
                for (Rdn rdn : rdns) {
                    if (rdn.getType().equalsIgnoreCase(type)) {
                        return String.valueOf(rdn.getValue());
                    }
                }
            }
        } catch (InvalidNameException e) {
            // fall through to the whole subject
        }
        return subject;
    }

    /** The first bytes of the fingerprint, enough for a person to compare at a glance (shown in the seal block). */
    public String fingerprintPrefix() {
        return sha256Fingerprint.substring(0, 23).toUpperCase(Locale.ROOT);
    }
}
