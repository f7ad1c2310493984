package org.studenthub.reporting.seal;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;

/** The key types a self-made seal can have. RSA 3072 is read by every PDF viewer; EC P-256 is smaller and faster. */
public enum SealAlgorithm {
    RSA_3072,
    EC_P256;

    KeyPair generate() throws GeneralSecurityException {
        if (this == EC_P256) {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            return generator.generateKeyPair();
        }
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(3072);
        return generator.generateKeyPair();
    }

    String signatureAlgorithm() {
        return this == EC_P256 ? "SHA256withECDSA" : "SHA256withRSA";
    }
}
