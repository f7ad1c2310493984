package org.studenthub.reporting.seal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Test;

class SealStampsTest {
    private static final ZonedDateTime NINE = ZonedDateTime.of(2026, 11, 21, 9, 0, 5, 0, ZoneId.of("Europe/Rome"));
    private final SealStamps stamps = new SealStamps();
    private final SealAppearance roma = new SealAppearance("Collegio Roma", Locale.ITALIAN, ZoneId.of("Europe/Rome"));

    @Test
    void documentsSealedInTheSameMinuteShareTheSealBlock() {
        byte[] first = stamps.template(PDRectangle.A4, roma, NINE, "AA:BB");

        assertThat(stamps.template(PDRectangle.A4, roma, NINE.plusSeconds(50), "AA:BB")).isSameAs(first);
    }

    @Test
    void anotherMinuteCollegeOrSealDrawsANewBlock() {
        byte[] first = stamps.template(PDRectangle.A4, roma, NINE, "AA:BB");

        assertThat(stamps.template(PDRectangle.A4, roma, NINE.plusMinutes(1), "AA:BB")).isNotSameAs(first);
        assertThat(stamps.template(PDRectangle.A4, new SealAppearance("Collegio Milano", Locale.ITALIAN,
                ZoneId.of("Europe/Rome")), NINE, "AA:BB")).isNotSameAs(first);
        assertThat(stamps.template(PDRectangle.A4, roma, NINE, "CC:DD")).isNotSameAs(first);
    }
}
