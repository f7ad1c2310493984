package org.studenthub.core.demo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** A prepared INSERT sent in batches of {@value #BATCH} rows, counting the rows it wrote. */
final class BatchInsert implements AutoCloseable {
    private static final int BATCH = 1_000;

    private final PreparedStatement statement;
    private int pending;
    private long rows;

    BatchInsert(Connection connection, String sql) throws SQLException {
        this.statement = connection.prepareStatement(sql);
    }

    /** Binds the parameters of one row and queues it. */
    void add(Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            statement.setObject(i + 1, values[i]);
        }
        statement.addBatch();
        rows++;
        if (++pending >= BATCH) {
            flush();
        }
    }

    void flush() throws SQLException {
        if (pending > 0) {
            statement.executeBatch();
            pending = 0;
        }
    }

    long rows() {
        return rows;
    }

    @Override
    public void close() throws SQLException {
        try {
            flush();
        } finally {
            statement.close();
        }
    }

    /** Inserts one row and returns its generated id (the first column of every table). */
    static long insertReturningId(Connection connection, String sql, Object... values) throws SQLException {
        try (PreparedStatement single = connection.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            for (int i = 0; i < values.length; i++) {
                single.setObject(i + 1, values[i]);
            }
            single.executeUpdate();
            try (ResultSet keys = single.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }
}
