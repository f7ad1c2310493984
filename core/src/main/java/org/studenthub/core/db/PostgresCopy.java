package org.studenthub.core.db;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;
import org.postgresql.PGConnection;

/**
 * Sends rows to a PostgreSQL table with {@code COPY ... FROM STDIN} (CSV format), in the caller's
 * transaction: rows are gathered in memory and sent as one COPY per megabyte, so no COPY stays
 * open between calls and other statements may run on the connection meanwhile. Use it for
 * temporary staging tables only: rows then reach the real tables through plain
 * {@code INSERT ... SELECT} and {@code UPDATE ... FROM} statements, which triggers and row-level
 * security apply to (PostgreSQL refuses COPY FROM into a table with row-level security). Values
 * are {@code null}, {@link String}, {@link Number}, {@link Boolean} or {@link LocalDate}.
 */
public final class PostgresCopy {
    private static final int FLUSH_CHARS = 1 << 20;

    private final CopyManager copyManager;
    private final String sql;
    private final StringBuilder buffer = new StringBuilder(FLUSH_CHARS + 4_096);
    private long rows;

    /** Prepares copying into {@code table}'s {@code columns}. */
    public PostgresCopy(Connection connection, String table, List<String> columns) throws SQLException {
        this.copyManager = connection.unwrap(PGConnection.class).getCopyAPI();
        this.sql = "COPY " + table + " (" + String.join(", ", columns) + ") FROM STDIN WITH (FORMAT csv)";
    }

    /** Queues one row, its values in the order of the columns. */
    public void row(Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                buffer.append(',');
            }
            append(values[i]);
        }
        buffer.append('\n');
        rows++;
        if (buffer.length() >= FLUSH_CHARS) {
            flush();
        }
    }

    /** Rows queued so far. */
    public long rows() {
        return rows;
    }

    /** Sends the rows still queued. */
    public void flush() throws SQLException {
        if (buffer.length() == 0) {
            return;
        }
        byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
        buffer.setLength(0);
        CopyIn copy = copyManager.copyIn(sql);
        try {
            copy.writeToCopy(bytes, 0, bytes.length);
            copy.endCopy();
        } finally {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        }
    }

    private void append(Object value) {
        if (value == null) {
            return; // an unquoted empty field is NULL in CSV format
        }
        if (value instanceof Number || value instanceof LocalDate) {
            buffer.append(value);
        } else if (value instanceof Boolean flag) {
            buffer.append(flag ? 't' : 'f');
        } else {
            // always quoted, so an empty string stays an empty string and commas or line breaks are data
            String text = value.toString();
            buffer.append('"');
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '"') {
                    buffer.append('"');
                }
                buffer.append(c);
            }
            buffer.append('"');
        }
    }
}
