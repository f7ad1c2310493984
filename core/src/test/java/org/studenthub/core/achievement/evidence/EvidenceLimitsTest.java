package org.studenthub.core.achievement.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EvidenceLimitsTest {
    private static final long MB = EvidenceLimits.MEGABYTE;

    @Test
    void defaultsAreTwentyMegabytesPerFileAndFiftyPerAchievement() {
        assertThat(EvidenceLimits.DEFAULTS.maxFileBytes()).isEqualTo(20 * MB);
        assertThat(EvidenceLimits.DEFAULTS.maxAchievementBytes()).isEqualTo(50 * MB);
        assertThat(EvidenceLimits.DEFAULTS.previewLongSidePixels()).isEqualTo(1600);
    }

    @ParameterizedTest(name = "file {0}, achievement {1}, preview {2} at {3}, {4} pixels")
    @CsvSource(textBlock = """
            0,       10,   1600, 0.85, 100000000
            10,       9,   1600, 0.85, 100000000
            10,      10,     32, 0.85, 100000000
            10,      10,   1600, 0.0,  100000000
            10,      10,   1600, 1.5,  100000000
            10,      10,   1600, 0.85, 1000
            """)
    void refusesInconsistentLimits(long file, long achievement, int preview, float quality, long pixels) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new EvidenceLimits(file, achievement, preview, quality, pixels));
    }
}
