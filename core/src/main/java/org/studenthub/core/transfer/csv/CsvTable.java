package org.studenthub.core.transfer.csv;

import de.siegmar.fastcsv.reader.CloseableIterator;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.studenthub.core.transfer.ImportOptions;
import org.studenthub.core.transfer.ImportProblem;

/**
 * Reads an import file: checks size and encoding (UTF-8, byte order mark optional; anything
 * else is refused with advice), maps the header and hands each data record to a sink.
 */
public final class CsvTable {
    private static final int READ_BUFFER = 1 << 16;

    /** Receives each data record in file order. */
    @FunctionalInterface
    public interface RowSink {
        void accept(CsvRow row, List<ImportProblem> rowProblems);
    }

    private CsvTable() {}

    /**
     * Reads {@code file}. Header problems are added to {@code problems}; when one of them blocks,
     * no row is read. Cells longer than the limit become row problems passed to the sink.
     *
     * @return the original header cells (for the rejected-rows file)
     * @throws CsvFileException when the file cannot be read as UTF-8 CSV at all
     */
    public static List<String> read(Path file, ColumnSet columns, ImportOptions options,
            List<ImportProblem> problems, RowSink sink) {
        return withRecords(file, options, records -> readRecords(records, columns, options, problems, sink));
    }

    /**
     * The first lines of {@code file} as an import reads them, for a person to look at before importing:
     * the header cells and at most {@code maxRows} data records, each as its raw cells.
     *
     * @throws CsvFileException when the file cannot be read as UTF-8 CSV at all (with the same advice as an import)
     */
    public static Head head(Path file, ImportOptions options, int maxRows) {
        return withRecords(file, options, records -> {
            long line = 1;
            try {
                if (!records.hasNext()) {
                    throw new CsvFileException(0, "import.file.empty");
                }
                List<String> header = records.next().getFields();
                List<List<String>> rows = new ArrayList<>();
                while (rows.size() < maxRows && records.hasNext()) {
                    CsvRecord record = records.next();
                    line = record.getStartingLineNumber();
                    rows.add(record.getFields());
                }
                return new Head(header, rows);
            } catch (UncheckedIOException e) {
                if (e.getCause() instanceof CharacterCodingException) {
                    throw new CsvFileException(0, "import.file.encoding", e);
                }
                throw new CsvFileException(0, "import.file.unreadable", e, file.getFileName(),
                        e.getClass().getSimpleName());
            } catch (CsvParseException e) {
                throw new CsvFileException(line, "import.file.malformed", e, line);
            }
        });
    }

    /** The header and first data records of a file. */
    public record Head(List<String> header, List<List<String>> rows) {
        public Head {
            header = List.copyOf(header);
            rows = rows.stream().map(List::copyOf).toList();
        }
    }

    private static <T> T withRecords(Path file, ImportOptions options,
            Function<CloseableIterator<CsvRecord>, T> work) {
        checkSize(file, options.maxFileBytes());
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), READ_BUFFER)) {
            skipUtf8Bom(in);
            InputStreamReader reader = new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
            try (CsvReader<CsvRecord> csv = CsvReader.builder().skipEmptyLines(true).allowMissingFields(true)
                    .allowExtraFields(true).ofCsvRecord(reader)) {
                return work.apply(csv.iterator());
            }
        } catch (IOException e) {
            throw new CsvFileException(0, "import.file.unreadable", e, file.getFileName(), e.getClass().getSimpleName());
        }
    }

    private static List<String> readRecords(CloseableIterator<CsvRecord> records, ColumnSet columns,
            ImportOptions options, List<ImportProblem> problems, RowSink sink) {
        long line = 1;
        try {
            if (!records.hasNext()) {
                throw new CsvFileException(0, "import.file.empty");
            }
            List<String> header = records.next().getFields();
            if (header.stream().anyMatch(h -> h.indexOf('\0') >= 0)) {
                throw new CsvFileException(1, "import.file.encoding");
            }
            int[] mapping = columns.map(header, options.columnMapping(), problems);
            if (problems.stream().anyMatch(ImportProblem::blocking)) {
                return header;
            }
            while (records.hasNext()) {
                CsvRecord record = records.next();
                line = record.getStartingLineNumber();
                toRow(record, header, mapping, columns, options.maxFieldChars(), sink);
            }
            return header;
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof CharacterCodingException) {
                throw new CsvFileException(line, "import.file.encoding_at", e, line);
            }
            throw new CsvFileException(line, "import.file.unreadable", e, "", e.getClass().getSimpleName());
        } catch (CsvParseException e) {
            throw new CsvFileException(line, "import.file.malformed", e, line);
        }
    }

    private static void toRow(CsvRecord record, List<String> header, int[] mapping, ColumnSet columns, int maxChars,
            RowSink sink) {
        String[] values = new String[columns.columns().size()];
        List<ImportProblem> rowProblems = new ArrayList<>(0);
        int count = record.getFieldCount();
        long line = record.getStartingLineNumber();
        for (int i = 0; i < count; i++) {
            String field = record.getField(i);
            if (field.length() > maxChars) {
                String name = i < mapping.length && mapping[i] >= 0 ? columns.columns().get(mapping[i]).name()
                        : i < header.size() ? header.get(i) : "#" + (i + 1);
                rowProblems.add(ImportProblem.error(line, name, "import.field.too_long", field.length(), maxChars));
                continue;
            }
            if (i < mapping.length && mapping[i] >= 0) {
                String value = SpreadsheetSafety.restore(field.strip());
                values[mapping[i]] = value.isEmpty() ? null : value;
            }
        }
        if (count > header.size()) {
            rowProblems.add(ImportProblem.error(line, "", "import.row.extra_fields", count, header.size()));
        }
        sink.accept(new CsvRow(line, values, record.getFields()), rowProblems);
    }

    private static void checkSize(Path file, long maxBytes) {
        try {
            long size = Files.size(file);
            if (size > maxBytes) {
                throw new CsvFileException(0, "import.file.too_large", human(size), human(maxBytes));
            }
        } catch (IOException e) {
            throw new CsvFileException(0, "import.file.unreadable", e, file.getFileName(), e.getClass().getSimpleName());
        }
    }

    private static String human(long bytes) {
        if (bytes >= 1024L * 1024) {
            return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
        }
        return bytes >= 1024 ? (bytes / 1024) + " KB" : bytes + " bytes";
    }

    private static void skipUtf8Bom(InputStream in) throws IOException {
        in.mark(4);
        int b0 = in.read();
        int b1 = in.read();
        int b2 = in.read();
        if (b0 == 0xEF && b1 == 0xBB && b2 == 0xBF) {
            return;
        }
        if ((b0 == 0xFE && b1 == 0xFF) || (b0 == 0xFF && b1 == 0xFE)) {
            throw new CsvFileException(0, "import.file.utf16");
        }
        in.reset();
    }
}
