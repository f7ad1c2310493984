package org.studenthub.reporting.seal;

import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;

/**
 * A college seal: its private key and certificate chain (the seal's own certificate first), as loaded from a
 * PKCS#12 keystore by {@link SealKeystore}. The key stays in memory only while the seal is used; nothing of it
 * is ever printed ({@link #toString()} names the certificate only).
 */
public final class SealKey {
    private final PrivateKey privateKey;
    private final List<X509Certificate> chain;

    public SealKey(PrivateKey privateKey, List<X509Certificate> chain) {
        if (chain.isEmpty()) {
            throw new IllegalArgumentException("a seal needs its certificate");
        }
        this.privateKey = privateKey;
        this.chain = List.copyOf(chain);
    }

    PrivateKey privateKey() {
        return privateKey;
    }

    /** The seal's own certificate. */
    public X509Certificate certificate() {
        return chain.get(0);
    }

    /** The seal's certificate followed by the certificates that issued it (empty beyond the first when self-signed). */
    public List<X509Certificate> chain() {
        return chain;
    }

    /** What {@code seal show} prints. */
    public SealCertificateInfo info() {
        return SealCertificateInfo.of(certificate());
    }

    /** The JCA name of the signature algorithm this key signs with (SHA-256 with RSA or ECDSA). */
    String signatureAlgorithm() {
        return "EC".equals(privateKey.getAlgorithm()) ? "SHA256withECDSA" : "SHA256withRSA";
    }

    @Override
    public String toString() {
        return "SealKey[" + certificate().getSubjectX500Principal().getName() + "]";
    }
}
