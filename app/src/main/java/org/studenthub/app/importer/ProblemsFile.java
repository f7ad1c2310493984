package org.studenthub.app.importer;

import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.studenthub.app.I18n;
import org.studenthub.core.transfer.csv.AtomicFiles;
import org.studenthub.core.transfer.csv.SpreadsheetSafety;

/** Writes the problems of a checked file as CSV (UTF-8 with a byte order mark, so spreadsheets read accents). */
final class ProblemsFile {
    private ProblemsFile() {}

    static void write(Path target, List<ProblemRow> problems, Locale locale) throws Exception {
        AtomicFiles.write(target, out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            writer.write('\uFEFF');
            line(writer, I18n.tr(locale, "client.import.problems.line"), I18n.tr(locale, "client.import.problems.column"),
                    I18n.tr(locale, "client.import.problems.message"));
            for (ProblemRow problem : problems) {
                line(writer, Long.toString(problem.line()), problem.column(), problem.message());
            }
            writer.flush();
        });
    }

    private static void line(Writer writer, String... cells) throws java.io.IOException {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                writer.write(',');
            }
            writer.write('"' + SpreadsheetSafety.neutralise(cells[i]).replace("\"", "\"\"") + '"');
        }
        writer.write("\r\n");
    }
}
