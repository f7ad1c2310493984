package org.studenthub.reporting.seal;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateNotYetValidException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * Makes self-signed college seals and checks that a seal is fit to sign: a private key that matches the
 * certificate, a certificate valid now whose key usage allows signing, and an unbroken chain to its issuers.
 */
public final class SealCertificates {
    private static final int DIGITAL_SIGNATURE = 0;
    private static final int NON_REPUDIATION = 1;
    /** RFC 5280 upper bound of an organisation or common name. */
    private static final int NAME_LIMIT = 64;
    private static final String SEAL_SUFFIX = " Seal";

    private SealCertificates() {}

    /**
     * A new self-signed seal: subject {@code O=<college name>, CN=<college name> Seal}, key usage digital signature
     * and non-repudiation, valid from now for {@code validYears}.
     */
    public static SealKey selfSigned(String collegeName, SealAlgorithm algorithm, int validYears, Instant now) {
        try {
            KeyPair keys = algorithm.generate();
            X500Name subject = new X500NameBuilder(BCStyle.INSTANCE)
                    .addRDN(BCStyle.O, limit(collegeName, NAME_LIMIT))
                    .addRDN(BCStyle.CN, limit(collegeName, NAME_LIMIT - SEAL_SUFFIX.length()) + SEAL_SUFFIX).build();
            Instant notBefore = now.minus(Duration.ofMinutes(5));
            Instant notAfter = ZonedDateTime.ofInstant(now, ZoneOffset.UTC).plusYears(validYears).toInstant();
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(subject,
                    new BigInteger(127, new SecureRandom()).add(BigInteger.ONE), Date.from(notBefore),
                    Date.from(notAfter), subject, keys.getPublic());
            JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
                    .addExtension(Extension.keyUsage, true,
                            new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation))
                    .addExtension(Extension.subjectKeyIdentifier, false,
                            extensions.createSubjectKeyIdentifier(keys.getPublic()));
            X509Certificate certificate = new JcaX509CertificateConverter().getCertificate(builder.build(
                    new JcaContentSignerBuilder(algorithm.signatureAlgorithm()).build(keys.getPrivate())));
            return new SealKey(keys.getPrivate(), List.of(certificate));
        } catch (GeneralSecurityException | OperatorCreationException | java.io.IOException e) {
            throw new SealException("seal.certificate.creation_failed", e, e.getClass().getSimpleName());
        }
    }

    /** The name cut to {@code max} characters (a long college name still makes a valid certificate). */
    private static String limit(String name, int max) {
        String stripped = name.strip();
        return stripped.length() <= max ? stripped : stripped.substring(0, max).stripTrailing();
    }

    /** Throws a {@link SealException} saying what is wrong when {@code key} (read from {@code source}) cannot seal now. */
    public static void checkUsable(SealKey key, Path source, Instant now) {
        X509Certificate certificate = key.certificate();
        String subject = certificate.getSubjectX500Principal().getName();
        try {
            certificate.checkValidity(Date.from(now));
        } catch (CertificateExpiredException e) {
            throw new SealException("seal.certificate.expired", e, subject, certificate.getNotAfter().toInstant());
        } catch (CertificateNotYetValidException e) {
            throw new SealException("seal.certificate.not_yet_valid", e, subject,
                    certificate.getNotBefore().toInstant());
        }
        if (!allowsSigning(certificate)) {
            throw new SealException("seal.certificate.cannot_sign", subject);
        }
        checkChain(key.chain(), source);
        checkKeyMatches(key, source);
    }

    /** True when the certificate has no key usage extension or one that allows digital signature or non-repudiation. */
    public static boolean allowsSigning(X509Certificate certificate) {
        boolean[] usage = certificate.getKeyUsage();
        return usage == null || usage[DIGITAL_SIGNATURE] || usage[NON_REPUDIATION];
    }

    /** True when the certificate names itself as its issuer. */
    public static boolean selfSigned(X509Certificate certificate) {
        return certificate.getSubjectX500Principal().equals(certificate.getIssuerX500Principal());
    }

    /**
     * Each certificate is signed by the next one; a certificate issued by a CA comes with at least its issuer
     * (the chain a PKCS#12 export from the CA's tools holds).
     */
    static void checkChain(List<X509Certificate> chain, Path source) {
        if (chain.size() == 1 && !selfSigned(chain.get(0))) {
            throw new SealException("seal.keystore.no_chain", source);
        }
        for (int i = 0; i + 1 < chain.size(); i++) {
            try {
                chain.get(i).verify(chain.get(i + 1).getPublicKey());
            } catch (GeneralSecurityException e) {
                throw new SealException("seal.certificate.chain_broken", e, source,
                        chain.get(i).getSubjectX500Principal().getName());
            }
        }
    }

    private static void checkKeyMatches(SealKey key, Path source) {
        byte[] probe = "StudentHub seal key check".getBytes(StandardCharsets.US_ASCII);
        try {
            Signature signer = Signature.getInstance(key.signatureAlgorithm());
            signer.initSign(key.privateKey());
            signer.update(probe);
            byte[] signature = signer.sign();
            Signature verifier = Signature.getInstance(key.signatureAlgorithm());
            verifier.initVerify(key.certificate().getPublicKey());
            verifier.update(probe);
            if (verifier.verify(signature)) {
                return;
            }
        } catch (GeneralSecurityException e) {
            throw new SealException("seal.keystore.key_mismatch", e, source);
        }
        throw new SealException("seal.keystore.key_mismatch", source);
    }
}
