package org.studenthub.app.attendance;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.studenthub.app.I18n;
import org.studenthub.core.attendance.Mark;

/**
 * The key that gives each mark in the register: the initial of the mark's name in the person's language (P, A, L, E
 * in English; P, A, R, G in Italian), read from the bundle so a translation brings its own keys.
 */
public final class MarkKeys {
    private final Locale locale;
    private final Map<Mark, String> keys = new EnumMap<>(Mark.class);

    public MarkKeys(Locale locale) {
        this.locale = locale;
        for (Mark mark : Mark.values()) {
            keys.put(mark, I18n.tr(locale, "client.attendance.key." + mark.name()).toUpperCase(locale));
        }
    }

    /** The mark a typed character gives, if any (case does not matter). */
    public Optional<Mark> markFor(String typed) {
        if (typed == null || typed.length() != 1) {
            return Optional.empty();
        }
        String key = typed.toUpperCase(locale);
        return keys.entrySet().stream().filter(e -> e.getValue().equals(key)).map(Map.Entry::getKey).findFirst();
    }

    public String keyOf(Mark mark) {
        return keys.get(mark);
    }

    /** The mark's name in the person's language. */
    public String label(Mark mark) {
        return I18n.tr(locale, "client.attendance.mark." + mark.name());
    }

    /** "P Present · A Absent · ...": the legend shown above the register. */
    public String legend() {
        return keys.entrySet().stream().map(e -> e.getValue() + " " + label(e.getKey()))
                .collect(Collectors.joining(" \u00b7 "));
    }
}
