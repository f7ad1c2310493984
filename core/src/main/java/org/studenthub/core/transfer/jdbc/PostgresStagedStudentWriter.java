package org.studenthub.core.transfer.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.studenthub.core.db.PostgresCopy;
import org.studenthub.core.student.search.StudentSearchIndexer;
import org.studenthub.core.tenancy.CollegeContext;

/**
 * PostgreSQL: COPY the rows into a temporary staging table, then one {@code UPDATE ... FROM} for
 * changed students and one {@code INSERT ... SELECT} for new student numbers. Plain statements,
 * so constraints, row-level security and the audit triggers apply as to any other write (the
 * staging table is temporary and neither secured nor audited: it holds only this file's rows and
 * disappears at commit). New and renamed students are then indexed for search
 * ({@link StudentSearchIndexer}), set-based per run of ids.
 */
final class PostgresStagedStudentWriter implements StudentWriter {
    private static final String STAGE = "student_import_stage";
    private static final String COLUMNS = StudentImportRow.columnList("");

    /** Same column types as student (copied from it), plus the row's position in the file. */
    private static final String CREATE_STAGE = "CREATE TEMPORARY TABLE " + STAGE + " ON COMMIT DROP AS"
            + " SELECT CAST(0 AS INTEGER) AS position, student_number, " + COLUMNS + " FROM student WITH NO DATA";

    private static final String UPDATE_CHANGED = "UPDATE student s SET "
            + String.join(", ", StudentImportRow.COLUMNS.stream().map(c -> c.name() + " = t." + c.name()).toList())
            + ", version = s.version + 1, updated_at = CURRENT_TIMESTAMP"
            + " FROM " + STAGE + " t WHERE s.college_id = ? AND s.student_number = t.student_number"
            + " AND (" + StudentImportRow.columnList("s") + ") IS DISTINCT FROM (" + StudentImportRow.columnList("t") + ")";

    private static final String RENAMED = "SELECT s.id FROM student s JOIN " + STAGE + " t"
            + " ON s.college_id = ? AND s.student_number = t.student_number WHERE s.name_key <> t.name_key";

    private static final String INSERT_NEW = "INSERT INTO student (college_id, student_number, " + COLUMNS + ")"
            + " SELECT ?, t.student_number, " + StudentImportRow.columnList("t") + " FROM " + STAGE + " t"
            + " WHERE NOT EXISTS (SELECT 1 FROM student s WHERE s.college_id = ? AND s.student_number = t.student_number)"
            + " ORDER BY t.position RETURNING id";

    @Override
    public UpsertCounts write(Connection connection, CollegeContext context, List<StudentImportRow> rows)
            throws SQLException {
        long collegeId = context.collegeId();
        if (rows.isEmpty()) {
            return new UpsertCounts(0, 0, 0);
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute(CREATE_STAGE);
            stage(connection, rows);
            statement.execute("ANALYZE " + STAGE);
            List<Long> named = ids(connection, RENAMED, collegeId);
            long updated = execute(connection, UPDATE_CHANGED, collegeId);
            List<Long> inserted = ids(connection, INSERT_NEW, collegeId, collegeId);
            statement.execute("DROP TABLE " + STAGE);
            named.addAll(inserted);
            StudentSearchIndexer.index(connection, collegeId, named);
            return new UpsertCounts(inserted.size(), updated, rows.size() - inserted.size() - updated);
        }
    }

    private static void stage(Connection connection, List<StudentImportRow> rows) throws SQLException {
        List<String> columns = new ArrayList<>(List.of("position", "student_number"));
        StudentImportRow.COLUMNS.forEach(c -> columns.add(c.name()));
        Object[] values = new Object[columns.size()];
        PostgresCopy copy = new PostgresCopy(connection, STAGE, columns);
        int position = 0;
        for (StudentImportRow row : rows) {
            values[0] = position++;
            values[1] = row.studentNumber();
            System.arraycopy(row.values(), 0, values, 2, row.values().length);
            copy.row(values);
        }
        copy.flush();
    }

    private static List<Long> ids(Connection connection, String sql, long... parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setLong(i + 1, parameters[i]);
            }
            List<Long> ids = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
            return ids;
        }
    }

    private static long execute(Connection connection, String sql, long... parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setLong(i + 1, parameters[i]);
            }
            return statement.executeLargeUpdate();
        }
    }
}
