package org.studenthub.core.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/** A prepared single-row INSERT sent in batches of {@value #BATCH} rows (H2's fastest path). */
final class BatchedInsert implements BulkInsert {
    private static final int BATCH = 1_000;

    private final PreparedStatement statement;
    private int pending;
    private long rows;

    BatchedInsert(Connection connection, String table, List<String> columns) throws SQLException {
        this.statement = connection.prepareStatement("INSERT INTO " + table + " (" + String.join(", ", columns)
                + ") VALUES (?" + ", ?".repeat(columns.size() - 1) + ")");
    }

    @Override
    public void add(Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            statement.setObject(i + 1, values[i]);
        }
        statement.addBatch();
        rows++;
        if (++pending >= BATCH) {
            flush();
        }
    }

    @Override
    public long rows() {
        return rows;
    }

    @Override
    public void close() throws SQLException {
        try (statement) {
            flush();
        }
    }

    private void flush() throws SQLException {
        if (pending > 0) {
            statement.executeBatch();
            pending = 0;
        }
    }
}
