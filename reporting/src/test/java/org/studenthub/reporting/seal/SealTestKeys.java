package org.studenthub.reporting.seal;

import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/** Seal keys for tests: one RSA seal made once per JVM (RSA 3072 generation is slow), and CA-issued variants. */
public final class SealTestKeys {
    public static final String COLLEGE = "Istituto Tecnico «Guglielmo Marconi»";
    private static SealKey rsa;

    private SealTestKeys() {}

    public static synchronized SealKey rsa() {
        if (rsa == null) {
            rsa = SealCertificates.selfSigned(COLLEGE, SealAlgorithm.RSA_3072, 3, Instant.now());
        }
        return rsa;
    }

    /** A seal issued by a small test CA; {@code usage} is the seal certificate's key usage bits. */
    public static SealKey issuedByCa(int usage, Instant notBefore, Instant notAfter, boolean withChain) throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(256);
        KeyPair ca = generator.generateKeyPair();
        KeyPair seal = generator.generateKeyPair();
        X500Name caName = new X500Name("CN=StudentHub Test CA,O=Test Trust Services");
        X509Certificate caCertificate = certificate(caName, caName, ca, ca.getPrivate(),
                Instant.now().minus(Duration.ofDays(3650)), Instant.now().plus(Duration.ofDays(3650)),
                KeyUsage.keyCertSign | KeyUsage.cRLSign, true);
        X509Certificate sealCertificate = certificate(new X500Name("CN=Test College Seal,O=Test College"), caName,
                seal, ca.getPrivate(), notBefore, notAfter, usage, false);
        return new SealKey(seal.getPrivate(), withChain ? List.of(sealCertificate, caCertificate)
                : List.of(sealCertificate));
    }

    private static X509Certificate certificate(X500Name subject, X500Name issuer, KeyPair subjectKeys,
                                               PrivateKey issuerKey, Instant notBefore, Instant notAfter, int usage,
                                               boolean authority) throws Exception {
        X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(issuer,
                BigInteger.valueOf(System.nanoTime()), Date.from(notBefore), Date.from(notAfter), subject,
                subjectKeys.getPublic())
                .addExtension(Extension.basicConstraints, true, new BasicConstraints(authority))
                .addExtension(Extension.keyUsage, true, new KeyUsage(usage));
        return new JcaX509CertificateConverter().getCertificate(
                builder.build(new JcaContentSignerBuilder("SHA256withECDSA").build(issuerKey)));
    }
}
