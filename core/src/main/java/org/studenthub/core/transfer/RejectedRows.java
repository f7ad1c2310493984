package org.studenthub.core.transfer;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.studenthub.core.transfer.csv.AtomicFiles;
import org.studenthub.core.transfer.csv.CsvFileException;
import org.studenthub.core.transfer.csv.SpreadsheetSafety;

/** Writes the rows an import rejected, with a reason column, beside the input file. */
final class RejectedRows {
    /** Header of the added column; an import ignores it (with a warning) when the file is fixed and re-imported. */
    static final String REASON_COLUMN = "rejection_reason";

    private RejectedRows() {}

    /** {@code students.csv} gives {@code students.rejected.csv}. */
    static Path fileFor(Path input) {
        String name = input.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        return input.toAbsolutePath().resolveSibling(base + ".rejected.csv");
    }

    static <R> Path write(Path input, List<String> header, List<CsvImporter.Parsed<R>> rows, Locale locale) {
        Path target = fileFor(input);
        try {
            AtomicFiles.write(target, out -> {
                OutputStreamWriter writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                writer.write('\uFEFF');
                try (CsvWriter csv = CsvWriter.builder().lineDelimiter(LineDelimiter.CRLF).build(writer)) {
                    List<String> head = new ArrayList<>(header);
                    head.add(REASON_COLUMN);
                    csv.writeRecord(head);
                    for (CsvImporter.Parsed<R> row : rows) {
                        csv.writeRecord(line(header.size(), row, locale));
                    }
                }
            });
        } catch (Exception e) {
            throw new CsvFileException(0, "import.rejected.unwritable", e, target, e.getClass().getSimpleName());
        }
        return target;
    }

    private static <R> List<String> line(int width, CsvImporter.Parsed<R> row, Locale locale) {
        List<String> cells = new ArrayList<>(width + 1);
        for (int i = 0; i < width; i++) {
            cells.add(i < row.raw.size() ? SpreadsheetSafety.neutralise(row.raw.get(i)) : "");
        }
        cells.add(row.problems.stream().map(p -> p.message(locale)).collect(Collectors.joining("; ")));
        return cells;
    }
}
