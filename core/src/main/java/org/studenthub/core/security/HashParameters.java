package org.studenthub.core.security;

/**
 * Argon2id cost parameters (RFC 9106): memory in KiB, passes over it, and lanes. See ADR 0007 for how
 * {@link #CURRENT} was chosen and measured.
 *
 * @param memoryKib   memory per hash, in KiB
 * @param iterations  passes over the memory (Argon2 "t")
 * @param parallelism lanes (Argon2 "p"); Bouncy Castle computes them one after the other
 */
public record HashParameters(int memoryKib, int iterations, int parallelism) {
    /** OWASP Password Storage Cheat Sheet minimum for Argon2id: 19 MiB, 2 passes, 1 lane. */
    public static final HashParameters OWASP_MINIMUM = new HashParameters(19 * 1024, 2, 1);

    /** What new hashes use: about half a second on a 2-core college PC (ADR 0007). */
    public static final HashParameters CURRENT = new HashParameters(64 * 1024, 3, 1);

    public HashParameters {
        if (memoryKib < 8 * parallelism || iterations < 1 || parallelism < 1) {
            throw new IllegalArgumentException("invalid Argon2 parameters m=" + memoryKib + ",t=" + iterations
                    + ",p=" + parallelism);
        }
    }

    /** True when a hash made with these parameters costs less than one made with {@code target}. */
    public boolean weakerThan(HashParameters target) {
        return memoryKib < target.memoryKib || iterations < target.iterations;
    }

    /** True when these parameters meet OWASP's minimum (memory and passes at least as high). */
    public boolean meetsOwaspMinimum() {
        return !weakerThan(OWASP_MINIMUM);
    }
}
