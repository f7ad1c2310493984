package org.studenthub.core.db;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * Inserts many rows into one table, in the caller's transaction, the fastest plain way each
 * database allows: on PostgreSQL the rows are copied into a temporary table and inserted with one
 * {@code INSERT ... SELECT}; on H2 they go in batches of prepared inserts. Either way they arrive
 * through ordinary INSERT statements, so constraints, triggers and row-level security apply.
 * No generated keys come back: read ids afterwards by a natural key. Closing writes the rest.
 */
public interface BulkInsert extends AutoCloseable {
    /** Queues one row, its values in the order of the columns. */
    void add(Object... values) throws SQLException;

    /** Rows added so far. */
    long rows();

    /** Writes the rows still queued. */
    @Override
    void close() throws SQLException;

    /** A bulk insert into {@code table}'s {@code columns} for the database {@code vendor}. */
    static BulkInsert into(Connection connection, Vendor vendor, String table, List<String> columns)
            throws SQLException {
        return switch (vendor) {
            case POSTGRESQL -> new PostgresStagedInsert(connection, table, columns);
            case H2 -> new BatchedInsert(connection, table, columns);
        };
    }
}
