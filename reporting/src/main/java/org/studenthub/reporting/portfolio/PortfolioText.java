package org.studenthub.reporting.portfolio;

import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.ResourceBundle;
import org.studenthub.core.achievement.ApproverKind;
import org.studenthub.core.achievement.Level;

/**
 * The portfolio's words in one language: the resource bundle the templates also read ({@link #BUNDLE}), with
 * dates and numbers formatted by the locale.
 */
public final class PortfolioText {
    /** The base name of the templates' resource bundle. */
    public static final String BUNDLE = "org/studenthub/reporting/portfolio/portfolio";

    private final Locale locale;
    private final ResourceBundle bundle;
    private final DateTimeFormatter dates;
    private final ZoneId zone;

    public PortfolioText(Locale locale, ZoneId zone) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale);
        this.dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
        this.zone = zone;
    }

    /** A category's name: the college's own when it renamed it, else the default category's name in this language. */
    public String category(String code, String storedName) {
        return org.studenthub.reporting.report.ReportTexts.of(locale).category(code, storedName);
    }

    public Locale locale() {
        return locale;
    }

    public ResourceBundle bundle() {
        return bundle;
    }

    public String get(String key, Object... args) {
        return new MessageFormat(bundle.getString(key), locale).format(args);
    }

    public String number(long number) {
        return NumberFormat.getIntegerInstance(locale).format(number);
    }

    public String date(LocalDate date) {
        return dates.format(date);
    }

    public String date(Instant instant) {
        return dates.format(instant.atZone(zone).toLocalDate());
    }

    /** "12 March 2026" or "12 March 2026 – 14 March 2026". */
    public String period(LocalDate starts, LocalDate ends) {
        return ends == null || ends.equals(starts) ? date(starts) : date(starts) + " \u2013 " + date(ends);
    }

    public String level(Level level) {
        return get("level." + level.name());
    }

    public String role(ApproverKind role) {
        return get("role." + role.name());
    }
}
