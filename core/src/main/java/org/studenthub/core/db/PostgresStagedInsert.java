package org.studenthub.core.db;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * PostgreSQL: COPY into a temporary table shaped like the target's columns, then one
 * {@code INSERT ... SELECT} into the target when closed. One statement instead of one per row,
 * and still an ordinary INSERT for the target's constraints, triggers and policies.
 */
final class PostgresStagedInsert implements BulkInsert {
    private final Connection connection;
    private final String table;
    private final String columns;
    private final String stage;
    private final PostgresCopy copy;

    PostgresStagedInsert(Connection connection, String table, List<String> columns) throws SQLException {
        this.connection = connection;
        this.table = table;
        this.columns = String.join(", ", columns);
        this.stage = table + "_stage";
        execute("CREATE TEMPORARY TABLE " + stage + " ON COMMIT DROP AS SELECT " + this.columns + " FROM " + table
                + " WITH NO DATA");
        this.copy = new PostgresCopy(connection, stage, columns);
    }

    @Override
    public void add(Object... values) throws SQLException {
        copy.row(values);
    }

    @Override
    public long rows() {
        return copy.rows();
    }

    @Override
    public void close() throws SQLException {
        copy.flush();
        execute("INSERT INTO " + table + " (" + columns + ") SELECT " + columns + " FROM " + stage);
        execute("DROP TABLE " + stage);
    }

    private void execute(String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
