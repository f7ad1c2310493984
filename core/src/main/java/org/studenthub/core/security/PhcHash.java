package org.studenthub.core.security;

import java.util.Arrays;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An Argon2id hash in the PHC string format, as stored in {@code app_user.password_hash}:
 * {@code $argon2id$v=19$m=65536,t=3,p=1$<salt>$<hash>} with salt and hash in unpadded Base64.
 */
record PhcHash(HashParameters parameters, byte[] salt, byte[] hash) {
    private static final Pattern FORMAT = Pattern.compile(
            "\\$argon2id\\$v=19\\$m=(\\d{1,9}),t=(\\d{1,4}),p=(\\d{1,3})\\$([A-Za-z0-9+/]{11,})\\$([A-Za-z0-9+/]{11,})");
    private static final Base64.Encoder ENCODER = Base64.getEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getDecoder();

    PhcHash {
        salt = salt.clone();
        hash = hash.clone();
    }

    String format() {
        return "$argon2id$v=19$m=" + parameters.memoryKib() + ",t=" + parameters.iterations() + ",p="
                + parameters.parallelism() + "$" + ENCODER.encodeToString(salt) + "$" + ENCODER.encodeToString(hash);
    }

    /**
     * Reads a stored hash.
     *
     * @throws IllegalArgumentException when {@code text} is not an Argon2id (version 19) PHC string
     */
    static PhcHash parse(String text) {
        Matcher m = FORMAT.matcher(text == null ? "" : text);
        if (!m.matches()) {
            throw new IllegalArgumentException("not an Argon2id PHC string");
        }
        HashParameters parameters = new HashParameters(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                Integer.parseInt(m.group(3)));
        return new PhcHash(parameters, DECODER.decode(m.group(4)), DECODER.decode(m.group(5)));
    }

    @Override
    public byte[] salt() {
        return salt.clone();
    }

    @Override
    public byte[] hash() {
        return hash.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PhcHash phc && parameters.equals(phc.parameters)
                && Arrays.equals(salt, phc.salt) && Arrays.equals(hash, phc.hash);
    }

    @Override
    public int hashCode() {
        return 31 * parameters.hashCode() + Arrays.hashCode(hash);
    }

    @Override
    public String toString() {
        return "PhcHash[" + parameters + "]";
    }
}
