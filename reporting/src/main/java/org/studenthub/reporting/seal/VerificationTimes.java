package org.studenthub.reporting.seal;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Times in verification verdicts: UTC, to the minute, the same in every language. */
final class VerificationTimes {
    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private VerificationTimes() {}

    static String format(Instant instant) {
        return FORMAT.format(instant);
    }
}
