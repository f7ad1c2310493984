package org.studenthub.reporting.report;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** The file formats a report is written in. */
public enum ReportFormat {
    PDF, CSV;

    /** The format a file name's extension asks for ({@code .pdf} or {@code .csv}, any case), if any. */
    public static Optional<ReportFormat> ofFileName(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".pdf")) {
            return Optional.of(PDF);
        }
        if (name.endsWith(".csv")) {
            return Optional.of(CSV);
        }
        return Optional.empty();
    }
}
