package org.studenthub.core.transfer.csv;

import java.util.List;

/**
 * One data record of an import file: its cells by canonical column (trimmed, empty as null,
 * spreadsheet quoting removed) and the raw fields as read, for the rejected-rows file.
 */
public final class CsvRow {
    private final long line;
    private final String[] values;
    private final List<String> raw;

    CsvRow(long line, String[] values, List<String> raw) {
        this.line = line;
        this.values = values;
        this.raw = raw;
    }

    /** 1-based line where the record starts. */
    public long line() {
        return line;
    }

    /** The value of a canonical column, or null when absent or empty. */
    public String value(int columnIndex) {
        return values[columnIndex];
    }

    public List<String> raw() {
        return raw;
    }
}
