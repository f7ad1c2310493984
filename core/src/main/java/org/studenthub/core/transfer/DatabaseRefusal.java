package org.studenthub.core.transfer;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.List;
import org.studenthub.core.common.Messages;
import org.studenthub.core.db.ConstraintNames;

/**
 * A bulk write the database refused because of the data (a constraint, a trigger, a security
 * policy), and how to find the row to blame: the write is tried again on halves of the rows,
 * each try inside a savepoint that is rolled back, until a single row is left. Row-level rules
 * make this the first refused row of the file; about twice the work of the write itself.
 */
final class DatabaseRefusal {
    /** Writes some rows; the real writer, called again on parts of the list. */
    @FunctionalInterface
    interface Attempt<T> {
        void write(List<T> rows) throws SQLException;
    }

    private DatabaseRefusal() {}

    /**
     * True when {@code e} is about the rows written rather than the connection or the server:
     * SQLSTATE classes 22 (data), 23 (integrity), 44 (check option), 42501 (a row-level security
     * policy or a missing privilege) and P0001 (an exception raised by a trigger).
     */
    static boolean isAboutData(SQLException e) {
        String state = e.getSQLState();
        return state != null && (state.startsWith("22") || state.startsWith("23") || state.startsWith("44")
                || state.equals("42501") || state.equals("P0001"));
    }

    /** Index of the first row the database refuses on its own, or -1 when it takes rows together to fail. */
    static <T> int firstRefused(Connection connection, List<T> rows, Attempt<T> attempt) throws SQLException {
        int from = 0;
        int to = rows.size();
        while (to - from > 1) {
            int middle = (from + to) >>> 1;
            if (fails(connection, rows.subList(from, middle), attempt)) {
                to = middle;
            } else if (fails(connection, rows.subList(middle, to), attempt)) {
                from = middle;
            } else {
                return -1;
            }
        }
        return to - from == 1 ? from : -1;
    }

    /** The problem to report for a row (line) the database refused with {@code e}. */
    static ImportProblem problem(long line, SQLException e) {
        String constraint = ConstraintNames.find(e.getMessage()).orElse(null);
        if (constraint != null && Messages.has("constraint." + constraint)) {
            return ImportProblem.error(line, "", "constraint." + constraint);
        }
        return ImportProblem.error(line, "", "import.row.refused_by_database",
                constraint != null ? constraint : "SQLSTATE " + e.getSQLState());
    }

    private static <T> boolean fails(Connection connection, List<T> rows, Attempt<T> attempt) throws SQLException {
        Savepoint savepoint = connection.setSavepoint();
        try {
            attempt.write(rows);
            return false;
        } catch (SQLException e) {
            if (!isAboutData(e)) {
                throw e;
            }
            return true;
        } finally {
            connection.rollback(savepoint);
            connection.releaseSavepoint(savepoint);
        }
    }
}
