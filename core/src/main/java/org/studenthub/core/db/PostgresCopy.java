package org.studenthub.core.db;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Streams rows into a PostgreSQL table with {@code COPY ... FROM STDIN} (CSV format), in the
 * caller's transaction. Use it for temporary staging tables only: rows then reach the real tables
 * through plain {@code INSERT ... SELECT} and {@code UPDATE ... FROM} statements, which triggers
 * and row-level security apply to (PostgreSQL refuses COPY FROM into a table with row-level
 * security). Values are {@code null}, {@link String}, {@link Number}, {@link Boolean} or
 * {@link LocalDate}.
 */
public final class PostgresCopy implements AutoCloseable {
    private static final int FLUSH_CHARS = 1 << 16;

    private final CopyIn copy;
    private final StringBuilder buffer = new StringBuilder(FLUSH_CHARS + 1_024);
    private long rows;
    private boolean finished;

    /** Starts copying into {@code table}'s {@code columns}. */
    public PostgresCopy(Connection connection, String table, List<String> columns) throws SQLException {
        this.copy = connection.unwrap(PGConnection.class).getCopyAPI()
                .copyIn("COPY " + table + " (" + String.join(", ", columns) + ") FROM STDIN WITH (FORMAT csv)");
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

    /** Sends the remaining rows and ends the COPY; returns the number of rows copied. */
    public long finish() throws SQLException {
        flush();
        finished = true;
        copy.endCopy();
        return rows;
    }

    /** Cancels the COPY if {@link #finish()} was not reached (an error on the way). */
    @Override
    public void close() throws SQLException {
        if (!finished && copy.isActive()) {
            copy.cancelCopy();
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

    private void flush() throws SQLException {
        if (buffer.length() > 0) {
            byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
            copy.writeToCopy(bytes, 0, bytes.length);
            buffer.setLength(0);
        }
    }
}
