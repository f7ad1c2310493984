package org.studenthub.core.student.search;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Map;
import org.studenthub.core.common.NameKeys;
import org.studenthub.core.db.Vendor;

/**
 * Keeps the student search structures in step with students' folded names ({@code name_key}).
 * Every writer of student names (the student service, the CSV import, the demo generator) goes
 * through this class, inside its own transaction, so search never disagrees with the table.
 * Work is batched: call {@link #flush()} before the transaction commits.
 *
 * <p>On PostgreSQL a trigram index on {@code name_key} serves search, so there is nothing to
 * write and every method returns at once. On H2 the names' fragments go to
 * {@code student_search_fragment}.
 */
public final class StudentSearchIndexer implements AutoCloseable {
    private static final int BATCH = 5_000;

    private final boolean active;
    private final PreparedStatement insert;
    private final PreparedStatement delete;
    private int pendingInserts;
    private int pendingDeletes;

    public StudentSearchIndexer(Connection connection, Vendor vendor) throws SQLException {
        this.active = vendor == Vendor.H2;
        if (!active) {
            this.insert = null;
            this.delete = null;
            return;
        }
        this.insert = connection.prepareStatement(
                "INSERT INTO student_search_fragment (college_id, fragment, student_id, word_start) VALUES (?, ?, ?, ?)");
        this.delete = connection.prepareStatement(
                "DELETE FROM student_search_fragment WHERE college_id = ? AND student_id = ?");
    }

    /** Indexes a student that has no entries yet (a new row). */
    public void indexNew(long collegeId, long studentId, String nameKey) throws SQLException {
        if (!active) {
            return;
        }
        for (Map.Entry<String, Boolean> fragment : NameKeys.fragments(nameKey).entrySet()) {
            insert.setLong(1, collegeId);
            insert.setString(2, fragment.getKey());
            insert.setLong(3, studentId);
            insert.setBoolean(4, fragment.getValue());
            insert.addBatch();
            if (++pendingInserts >= BATCH) {
                flush();
            }
        }
    }

    /** Replaces the entries of a student whose names may have changed. */
    public void reindex(long collegeId, long studentId, String nameKey) throws SQLException {
        if (!active) {
            return;
        }
        delete.setLong(1, collegeId);
        delete.setLong(2, studentId);
        delete.addBatch();
        pendingDeletes++;
        flushDeletes();
        indexNew(collegeId, studentId, nameKey);
    }

    /** Sends queued work to the database (still inside the caller's transaction). */
    public void flush() throws SQLException {
        if (!active) {
            return;
        }
        flushDeletes();
        if (pendingInserts > 0) {
            insert.executeBatch();
            pendingInserts = 0;
        }
    }

    private void flushDeletes() throws SQLException {
        if (pendingDeletes > 0) {
            delete.executeBatch();
            pendingDeletes = 0;
        }
    }

    @Override
    public void close() throws SQLException {
        if (!active) {
            return;
        }
        try {
            flush();
        } finally {
            insert.close();
            delete.close();
        }
    }
}
