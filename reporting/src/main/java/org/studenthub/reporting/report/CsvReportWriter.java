package org.studenthub.reporting.report;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.studenthub.core.transfer.csv.SpreadsheetSafety;

/**
 * Writes a report as spreadsheet-safe CSV: UTF-8 with a byte order mark (so spreadsheets do not guess another
 * encoding and garble accented names), RFC 4180 quoting with CRLF line ends, and every cell that a spreadsheet
 * would run as a formula ({@code = + - @}, tab, carriage return first) neutralised with a leading quote, as the
 * students export does ({@link SpreadsheetSafety}).
 *
 * <p>A report of one table is just that table: the header row, then the rows. A report of several tables writes
 * each as a block: its title on a line of its own, its header and rows, and an empty line before the next block;
 * the report's title and facts come first, one per line.
 */
public final class CsvReportWriter {
    private final boolean byteOrderMark;

    /** @param byteOrderMark start the file with U+FEFF (the default for reports; spreadsheets need it) */
    public CsvReportWriter(boolean byteOrderMark) {
        this.byteOrderMark = byteOrderMark;
    }

    public void write(ReportDocument document, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        if (byteOrderMark) {
            writer.write('\uFEFF');
        }
        try (CsvWriter csv = CsvWriter.builder().lineDelimiter(LineDelimiter.CRLF).build(writer)) {
            if (document.tables().size() == 1) {
                table(csv, document.tables().get(0));
            } else {
                blocks(csv, document);
            }
        }
    }

    private static void blocks(CsvWriter csv, ReportDocument document) {
        record(csv, List.of(document.title()));
        record(csv, List.of(document.college()));
        for (String fact : document.facts()) {
            record(csv, List.of(fact));
        }
        for (ReportTable table : document.tables()) {
            csv.writeRecord(List.of());
            record(csv, List.of(table.title()));
            table(csv, table);
        }
        if (document.note() != null) {
            csv.writeRecord(List.of());
            record(csv, List.of(document.note()));
        }
    }

    /** The table's columns, leaving out the spacer columns (no heading) that only place figures in the PDF. */
    private static void table(CsvWriter csv, ReportTable table) {
        List<Integer> kept = new ArrayList<>();
        for (int i = 0; i < table.columns().size(); i++) {
            if (!table.columns().get(i).isBlank()) {
                kept.add(i);
            }
        }
        record(csv, kept.stream().map(table.columns()::get).toList());
        for (List<String> row : table.rows()) {
            record(csv, kept.stream().map(row::get).toList());
        }
    }

    private static void record(CsvWriter csv, List<String> cells) {
        List<String> safe = new ArrayList<>(cells.size());
        for (String cell : cells) {
            safe.add(cell == null ? "" : SpreadsheetSafety.neutralise(cell));
        }
        csv.writeRecord(safe);
    }
}
