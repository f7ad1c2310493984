package org.studenthub.core.demo;

import java.util.SplittableRandom;

/**
 * Deterministic random streams: each generated thing (a student, a teacher...) gets its own
 * stream from (seed, college, kind, ordinal), so the data do not depend on batch or chunk sizes.
 */
final class DemoRandom {
    static final int STUDENT = 1;
    static final int TEACHER = 2;
    static final int ATTENDANCE = 3;

    private DemoRandom() {}

    static SplittableRandom of(long seed, int college, int kind, long ordinal) {
        long mixed = mix(seed ^ mix(college * 0x9E3779B97F4A7C15L + kind) ^ mix(ordinal * 0xC2B2AE3D27D4EB4FL + 1));
        return new SplittableRandom(mixed);
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
