package org.studenthub.reporting.report;

import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.studenthub.core.achievement.Level;

/**
 * The words and formats of a report in one language: labels from {@code org/studenthub/reporting/report/messages}
 * (English and Italian), dates as the language writes them with a four-digit year ({@code 21/11/2026}), whole
 * numbers without grouping (a spreadsheet reads them as numbers in every language) and shares with one decimal
 * in the language's notation.
 */
public final class ReportTexts {
    static final String BUNDLE = "org.studenthub.reporting.report.messages";

    private final Locale locale;
    private final ResourceBundle bundle;
    private final ResourceBundle english;
    private final DateTimeFormatter dates;
    private final DateTimeFormatter times;

    private ReportTexts(Locale locale) {
        this.locale = locale;
        this.bundle = bundle(locale);
        this.english = bundle(Locale.ROOT);
        Locale formats = "en".equals(locale.getLanguage()) && locale.getCountry().isEmpty() ? Locale.UK : locale;
        String pattern = DateTimeFormatterBuilder.getLocalizedDateTimePattern(FormatStyle.SHORT, null,
                IsoChronology.INSTANCE, formats);
        if (!pattern.contains("yyyy")) {
            pattern = pattern.replace("yy", "yyyy");
        }
        this.dates = DateTimeFormatter.ofPattern(pattern, formats);
        this.times = DateTimeFormatter.ofPattern(pattern + " HH:mm", formats);
    }

    /** The texts in {@code locale}: Italian for {@code it}, English for anything else. */
    public static ReportTexts of(Locale locale) {
        return new ReportTexts("it".equals(locale.getLanguage()) ? Locale.ITALIAN : Locale.ENGLISH);
    }

    public Locale locale() {
        return locale;
    }

    /** The label {@code key} with its arguments. */
    public String tr(String key, Object... args) {
        return new MessageFormat(bundle.getString(key), locale).format(args);
    }

    /** The level as the language calls it. */
    public String level(Level level) {
        return tr("report.level." + level.name().toLowerCase(Locale.ROOT));
    }

    /**
     * A category's name: the college's own name when it renamed the category, else the default category's name
     * in the report's language.
     */
    public String category(String code, String storedName) {
        String key = "report.category." + code;
        if (bundle.containsKey(key) && english.getString(key).equals(storedName)) {
            return bundle.getString(key);
        }
        return storedName == null ? code : storedName;
    }

    public String number(long value) {
        return Long.toString(value);
    }

    /** {@code part} of {@code whole} as a percentage with one decimal ({@code 12.5%}, {@code 12,5%}). */
    public String share(long part, long whole) {
        if (whole == 0) {
            return "";
        }
        NumberFormat percent = NumberFormat.getPercentInstance(locale);
        percent.setMinimumFractionDigits(1);
        percent.setMaximumFractionDigits(1);
        return percent.format((double) part / whole);
    }

    /** A ratio given with 4 decimals (0.8750) as a percentage with one decimal. */
    public String rate(java.math.BigDecimal rate) {
        if (rate == null) {
            return "";
        }
        NumberFormat percent = NumberFormat.getPercentInstance(locale);
        percent.setMinimumFractionDigits(1);
        percent.setMaximumFractionDigits(1);
        return percent.format(rate.doubleValue());
    }

    public String date(LocalDate date) {
        return date == null ? "" : dates.format(date);
    }

    /** A moment in the college's time zone, to the minute. */
    public String time(Instant instant, ZoneId zone) {
        return times.format(instant.atZone(zone));
    }

    private static ResourceBundle bundle(Locale locale) {
        try {
            return ResourceBundle.getBundle(BUNDLE, locale,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        } catch (MissingResourceException e) {
            throw new IllegalStateException("report texts missing from the build: " + BUNDLE, e);
        }
    }
}
