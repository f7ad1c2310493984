package org.studenthub.core.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {
    /** Cheap parameters: these tests are about format and correctness, not cost. */
    private static final PasswordHasher CHEAP = new PasswordHasher(new HashParameters(1024, 1, 1));

    @Test
    void aHashVerifiesItsPasswordAndNoOther() {
        String stored = CHEAP.hash("correct horse battery".toCharArray());

        assertThat(CHEAP.verify("correct horse battery".toCharArray(), stored)).isTrue();
        assertThat(CHEAP.verify("correct horse batterY".toCharArray(), stored)).isFalse();
        assertThat(CHEAP.verify("".toCharArray(), stored)).isFalse();
    }

    @Test
    void hashesAreArgon2idPhcStringsWithTheCurrentParametersAndAFreshSalt() {
        PasswordHasher hasher = new PasswordHasher();

        String first = hasher.hash("sempre caro mi fu".toCharArray());
        String second = hasher.hash("sempre caro mi fu".toCharArray());

        assertThat(first).matches("\\$argon2id\\$v=19\\$m=65536,t=3,p=1\\$[A-Za-z0-9+/]{22}\\$[A-Za-z0-9+/]{43}");
        assertThat(second).isNotEqualTo(first);
        assertThat(hasher.verify("sempre caro mi fu".toCharArray(), second)).isTrue();
    }

    @Test
    void currentParametersMeetOwaspMinimumForArgon2id() {
        assertThat(HashParameters.CURRENT.meetsOwaspMinimum()).isTrue();
        assertThat(HashParameters.CURRENT.memoryKib()).isGreaterThanOrEqualTo(19 * 1024);
        assertThat(HashParameters.CURRENT.iterations()).isGreaterThanOrEqualTo(2);
        assertThat(new HashParameters(1024, 1, 1).meetsOwaspMinimum()).isFalse();
    }

    @Test
    void verifiesTheReferenceImplementationsArgon2idVector() {
        // phc-winner-argon2 src/test.c: password "password", salt "somesalt", t=2, m=64 MiB, p=1.
        String reference = "$argon2id$v=19$m=65536,t=2,p=1$c29tZXNhbHQ$CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPPc";

        assertThat(CHEAP.verify("password".toCharArray(), reference)).isTrue();
        assertThat(CHEAP.verify("passwore".toCharArray(), reference)).isFalse();
    }

    @Test
    void hashesWithWeakerParametersNeedRehashing() {
        String weak = CHEAP.hash("a long enough phrase".toCharArray());
        PasswordHasher stronger = new PasswordHasher(new HashParameters(2048, 2, 1));

        assertThat(stronger.needsRehash(weak)).isTrue();
        assertThat(stronger.needsRehash(stronger.hash("a long enough phrase".toCharArray()))).isFalse();
        assertThat(CHEAP.needsRehash(stronger.hash("x".toCharArray()))).isFalse();
    }

    @Test
    void anythingButAnArgon2idPhcStringNeverVerifies() {
        assertThat(CHEAP.verify("password".toCharArray(), null)).isFalse();
        assertThat(CHEAP.verify("password".toCharArray(), "password")).isFalse();
        assertThat(CHEAP.verify("password".toCharArray(),
                "$argon2i$v=19$m=65536,t=2,p=1$c29tZXNhbHQ$CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPPc")).isFalse();
        assertThat(CHEAP.needsRehash("garbage")).isTrue();
    }

    @Test
    void passwordsBecomeUtf8BytesWithoutLosingAccents() {
        assertThat(PasswordHasher.utf8("perché".toCharArray()))
                .isEqualTo("perché".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        String stored = CHEAP.hash("perché non è così".toCharArray());
        assertThat(CHEAP.verify("perche non e cosi".toCharArray(), stored)).isFalse();
        assertThat(CHEAP.verify("perché non è così".toCharArray(), stored)).isTrue();
    }
}
