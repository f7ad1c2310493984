package org.studenthub.core.security;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Objects;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * Hashes and verifies passwords with Argon2id (Bouncy Castle), stored as PHC strings. Passwords arrive
 * as {@code char[]}; the UTF-8 bytes made from them are wiped after use (wiping the caller's array is the
 * caller's job). Comparison is constant-time. Nothing here logs.
 */
public final class PasswordHasher {
    private static final int SALT_BYTES = 16;
    private static final int HASH_BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final HashParameters parameters;
    private final PhcHash dummy;

    /** A hasher using {@link HashParameters#CURRENT}. */
    public PasswordHasher() {
        this(HashParameters.CURRENT);
    }

    public PasswordHasher(HashParameters parameters) {
        this.parameters = Objects.requireNonNull(parameters, "parameters");
        // The cost of a verification depends only on the parameters, so a fixed, unguessable-enough
        // "hash" of random bytes gives unknown logins the same work as real ones.
        this.dummy = new PhcHash(parameters, randomBytes(SALT_BYTES), randomBytes(HASH_BYTES));
    }

    public HashParameters parameters() {
        return parameters;
    }

    /** A new PHC string for {@code password}, with a fresh random salt. */
    public String hash(char[] password) {
        byte[] salt = randomBytes(SALT_BYTES);
        return new PhcHash(parameters, salt, derive(password, salt, parameters, HASH_BYTES)).format();
    }

    /** True when {@code password} matches {@code stored}; false also when {@code stored} is not a valid hash. */
    public boolean verify(char[] password, String stored) {
        PhcHash expected;
        try {
            expected = PhcHash.parse(stored);
        } catch (IllegalArgumentException e) {
            verifyDummy(password);
            return false;
        }
        byte[] expectedHash = expected.hash();
        byte[] actual = derive(password, expected.salt(), expected.parameters(), expectedHash.length);
        return MessageDigest.isEqual(actual, expectedHash);
    }

    /** Does the work of one verification and discards it, so a missing account takes as long as a real one. */
    public void verifyDummy(char[] password) {
        byte[] actual = derive(password, dummy.salt(), parameters, HASH_BYTES);
        MessageDigest.isEqual(actual, dummy.hash());
    }

    /** True when {@code stored} was made with weaker parameters than this hasher's (or cannot be read). */
    public boolean needsRehash(String stored) {
        try {
            return PhcHash.parse(stored).parameters().weakerThan(parameters);
        } catch (IllegalArgumentException e) {
            return true;
        }
    }

    private static byte[] derive(char[] password, byte[] salt, HashParameters p, int length) {
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withMemoryAsKB(p.memoryKib())
                .withIterations(p.iterations())
                .withParallelism(p.parallelism())
                .withSalt(salt)
                .build());
        byte[] secret = utf8(password);
        byte[] out = new byte[length];
        try {
            generator.generateBytes(secret, out);
            return out;
        } finally {
            Arrays.fill(secret, (byte) 0);
        }
    }

    /** UTF-8 bytes of {@code password} without an intermediate String; the encoder's buffer is wiped. */
    static byte[] utf8(char[] password) {
        ByteBuffer encoded = StandardCharsets.UTF_8.encode(CharBuffer.wrap(password));
        try {
            return Arrays.copyOfRange(encoded.array(), encoded.position(), encoded.limit());
        } finally {
            Arrays.fill(encoded.array(), (byte) 0);
        }
    }

    private static byte[] randomBytes(int length) {
        byte[] bytes = new byte[length];
        RANDOM.nextBytes(bytes);
        return bytes;
    }
}
