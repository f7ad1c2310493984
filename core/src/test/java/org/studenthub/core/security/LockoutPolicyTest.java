package org.studenthub.core.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LockoutPolicyTest {
    private static final Instant NOW = Instant.parse("2026-11-21T09:00:00Z");

    @ParameterizedTest(name = "{0} failures lock for {1} minute(s)")
    @CsvSource(textBlock = """
            1,  0
            4,  0
            5,  1
            6,  2
            7,  4
            8,  8
            9,  16
            10, 30
            40, 30
            200, 30
            """)
    void fiveFailuresLockForAMinuteThenDoublingUpToThirty(int failures, int minutes) {
        assertThat(LockoutPolicy.DEFAULT.lockedUntil(failures, NOW).map(until -> Duration.between(NOW, until)))
                .isEqualTo(minutes == 0 ? java.util.Optional.empty() : java.util.Optional.of(Duration.ofMinutes(minutes)));
    }
}
