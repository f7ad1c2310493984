package org.studenthub.reporting.report;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;

/**
 * Where and how a report is written.
 *
 * @param file          the file, replaced atomically (a temporary file in the same folder, then a move)
 * @param format        PDF or CSV
 * @param locale        the report's language; null for the college's
 * @param byteOrderMark CSV only: start with a UTF-8 byte order mark (the default; spreadsheets need it)
 */
public record ReportOutput(Path file, ReportFormat format, Locale locale, boolean byteOrderMark) {
    public ReportOutput {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(format, "format");
    }

    /** The format from the file's extension, the college's language, a byte order mark in CSV files. */
    public static ReportOutput of(Path file, ReportFormat format) {
        return new ReportOutput(file, format, null, true);
    }
}
