package org.studenthub.reporting.seal;

import java.time.ZoneId;
import java.util.Locale;
import java.util.Objects;

/**
 * What the visible seal block says: "Sealed by" the college, in the document's language, with the sealing time
 * in the college's time zone.
 */
public record SealAppearance(String collegeName, Locale locale, ZoneId zone) {
    public SealAppearance {
        Objects.requireNonNull(collegeName, "collegeName");
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(zone, "zone");
    }

    /** English text, times in the system's zone. */
    public static SealAppearance of(String collegeName) {
        return new SealAppearance(collegeName, Locale.ENGLISH, ZoneId.systemDefault());
    }
}
