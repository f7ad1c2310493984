package org.studenthub.app.fx;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import javafx.util.StringConverter;

/**
 * Dates as the client shows them, in the person's language ("1 Sept 2025", "1 set 2025"); typed dates are also
 * understood in the short form ("01/09/25") and as 2025-09-01.
 */
public final class DateTexts {
    private DateTexts() {}

    public static String format(Locale locale, LocalDate date) {
        return date == null ? "" : medium(locale).format(date);
    }

    /** For date pickers: shows {@link #format}, reads any of the forms above; unreadable text is no date. */
    public static StringConverter<LocalDate> converter(Locale locale) {
        List<DateTimeFormatter> readable = List.of(medium(locale),
                DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT).withLocale(locale), DateTimeFormatter.ISO_LOCAL_DATE);
        return new StringConverter<>() {
            @Override
            public String toString(LocalDate date) {
                return format(locale, date);
            }

            @Override
            public LocalDate fromString(String text) {
                if (text == null || text.isBlank()) {
                    return null;
                }
                for (DateTimeFormatter form : readable) {
                    try {
                        return LocalDate.parse(text.strip(), form);
                    } catch (DateTimeParseException e) {
                        // try the next form
                    }
                }
                return null;
            }
        };
    }

    private static DateTimeFormatter medium(Locale locale) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
    }
}
