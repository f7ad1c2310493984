package org.studenthub.core.transfer;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.List;
import java.util.Optional;
import org.studenthub.core.common.Messages;
import org.studenthub.core.db.ConstraintColumns;
import org.studenthub.core.db.ConstraintNames;

/**
 * A bulk write the database refused because of the data (a constraint, a trigger, a security
 * policy), and how to find the row to blame: the write is tried again on halves of the rows,
 * each try inside a savepoint that is rolled back, until a single row is left. Row-level rules
 * make this the first refused row of the file; about twice the work of the write itself.
 *
 * <p>The database's own message is never kept or logged: it may quote the row's values
 * (PostgreSQL's "Failing row contains (...)", H2's key values), which are personal data.
 *
 * @param index       position of the refused row in the list written, or -1 when only rows together fail
 * @param constraint  our name of the rule that refused it, if the database named one
 * @param sqlState    the SQLSTATE of the refusal
 * @param columns     the table columns the rule covers (empty when unknown)
 */
record DatabaseRefusal(int index, Optional<String> constraint, String sqlState, List<String> columns) {
    /** Writes some rows; the real writer, called again on parts of the list. */
    @FunctionalInterface
    interface Attempt<T> {
        void write(List<T> rows) throws SQLException;
    }

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

    /**
     * Finds the first row the database refuses on its own after {@code refused} failed the whole write
     * (already rolled back), and the rule it breaks; the refusal of the whole write when only rows
     * together fail.
     */
    static <T> DatabaseRefusal locate(Connection connection, List<T> rows, Attempt<T> attempt, SQLException refused)
            throws SQLException {
        int from = 0;
        int to = rows.size();
        SQLException cause = refused;
        while (to - from > 1) {
            int middle = (from + to) >>> 1;
            SQLException first = failure(connection, rows.subList(from, middle), attempt);
            SQLException second = first != null ? null : failure(connection, rows.subList(middle, to), attempt);
            if (first != null) {
                to = middle;
                cause = first;
            } else if (second != null) {
                from = middle;
                cause = second;
            } else {
                return of(connection, -1, refused);
            }
        }
        return of(connection, to - from == 1 ? from : -1, cause);
    }

    /** The problem to report on {@code line}, about the file's {@code column} (empty when not known). */
    ImportProblem problem(long line, String column) {
        String rule = constraint.orElse(null);
        if (rule != null && Messages.has("constraint." + rule)) {
            return ImportProblem.error(line, column, "constraint." + rule);
        }
        return ImportProblem.error(line, column, "import.row.refused_by_database",
                rule != null ? rule : "SQLSTATE " + sqlState);
    }

    private static DatabaseRefusal of(Connection connection, int index, SQLException e) throws SQLException {
        Optional<String> constraint = ConstraintNames.find(e.getMessage());
        List<String> columns = constraint.isPresent() ? ConstraintColumns.of(connection, constraint.get()) : List.of();
        return new DatabaseRefusal(index, constraint, e.getSQLState(), columns);
    }

    /** The refusal of writing {@code rows}, rolled back, or null when the database takes them. */
    private static <T> SQLException failure(Connection connection, List<T> rows, Attempt<T> attempt)
            throws SQLException {
        Savepoint savepoint = connection.setSavepoint();
        try {
            attempt.write(rows);
            return null;
        } catch (SQLException e) {
            if (!isAboutData(e)) {
                throw e;
            }
            return e;
        } finally {
            connection.rollback(savepoint);
            connection.releaseSavepoint(savepoint);
        }
    }
}
