package org.studenthub.core.transfer.jdbc;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.studenthub.core.audit.Audit;
import org.studenthub.core.audit.AuditEntry;
import org.studenthub.core.student.search.StudentSearchIndexer;
import org.studenthub.core.tenancy.CollegeContext;

/**
 * H2: finds the existing students by number (a join with the numbers passed as one array, which
 * H2 answers from the unique index), inserts the new ones in batches without asking for
 * generated keys, reads their ids back by number in the same way, updates the changed ones by id
 * and indexes new and renamed students for search ({@link StudentSearchIndexer}). The
 * inserts are audited set-based by id, the updates with their changed columns before and after.
 */
final class H2StudentWriter implements StudentWriter {
    private static final int BATCH = 1_000;
    /** Numbers per lookup query: bounds the array H2 holds in memory. */
    private static final int LOOKUP_CHUNK = 10_000;

    private static final String COLUMNS = StudentImportRow.columnList("");
    private static final String LOOKUP = "SELECT s.id, s.student_number, " + StudentImportRow.columnList("s")
            + " FROM UNNEST(CAST(? AS VARCHAR(32) ARRAY)) AS t(n)"
            + " JOIN student s ON s.college_id = ? AND s.student_number = t.n";
    private static final String INSERT = "INSERT INTO student (college_id, student_number, " + COLUMNS + ") VALUES (?, ?"
            + ", ?".repeat(StudentImportRow.COLUMNS.size()) + ")";
    private static final String UPDATE = "UPDATE student SET "
            + String.join(", ", StudentImportRow.COLUMNS.stream().map(c -> c.name() + " = ?").toList())
            + ", version = version + 1, updated_at = CURRENT_TIMESTAMP WHERE college_id = ? AND id = ?";

    private record Stored(long id, Object[] values) {}

    @Override
    public UpsertCounts write(Connection connection, CollegeContext context, List<StudentImportRow> rows)
            throws SQLException {
        long collegeId = context.collegeId();
        Map<String, Stored> stored = lookup(connection, collegeId, rows);
        List<StudentImportRow> inserts = new ArrayList<>();
        List<StudentImportRow> updates = new ArrayList<>();
        for (StudentImportRow row : rows) {
            Stored before = stored.get(row.studentNumber());
            if (before == null) {
                inserts.add(row);
            } else if (!Arrays.equals(before.values(), row.values())) {
                updates.add(row);
            }
        }
        insert(connection, collegeId, inserts);
        Map<String, Stored> created = lookup(connection, collegeId, inserts);
        long[] insertedIds = new long[inserts.size()];
        List<Long> named = new ArrayList<>(inserts.size() + updates.size());
        for (int i = 0; i < inserts.size(); i++) {
            insertedIds[i] = created.get(inserts.get(i).studentNumber()).id();
            named.add(insertedIds[i]);
        }
        Audit.insertedRows(connection, context, "student", insertedIds);
        update(connection, collegeId, updates, stored);
        List<AuditEntry> changes = new ArrayList<>(updates.size());
        for (StudentImportRow row : updates) {
            Stored before = stored.get(row.studentNumber());
            if (!row.nameKey().equals(before.values()[StudentImportRow.nameKeyIndex()])) {
                named.add(before.id());
            }
            UpdateImages.entry("student", before.id(), StudentImportRow.COLUMNS, before.values(), row.values())
                    .ifPresent(changes::add);
        }
        Audit.changed(connection, context, changes);
        StudentSearchIndexer.index(connection, collegeId, named);
        return new UpsertCounts(inserts.size(), updates.size(), rows.size() - inserts.size() - updates.size());
    }

    /** The stored students among {@code rows}, by number. */
    private static Map<String, Stored> lookup(Connection connection, long collegeId, List<StudentImportRow> rows)
            throws SQLException {
        Map<String, Stored> found = new HashMap<>(rows.size() * 2);
        try (PreparedStatement select = connection.prepareStatement(LOOKUP)) {
            for (int start = 0; start < rows.size(); start += LOOKUP_CHUNK) {
                Object[] numbers = rows.subList(start, Math.min(rows.size(), start + LOOKUP_CHUNK)).stream()
                        .map(StudentImportRow::studentNumber).toArray();
                Array array = connection.createArrayOf("VARCHAR", numbers);
                select.setArray(1, array);
                select.setLong(2, collegeId);
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        Object[] values = new Object[StudentImportRow.COLUMNS.size()];
                        for (int i = 0; i < values.length; i++) {
                            values[i] = StudentImportRow.COLUMNS.get(i).read(rs, i + 3);
                        }
                        found.put(rs.getString(2), new Stored(rs.getLong(1), values));
                    }
                }
                array.free();
            }
        }
        return found;
    }

    private static void insert(Connection connection, long collegeId, List<StudentImportRow> rows) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            int pending = 0;
            for (StudentImportRow row : rows) {
                insert.setLong(1, collegeId);
                insert.setString(2, row.studentNumber());
                bind(insert, 3, row);
                insert.addBatch();
                if (++pending == BATCH) {
                    insert.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                insert.executeBatch();
            }
        }
    }

    private static void update(Connection connection, long collegeId, List<StudentImportRow> rows,
            Map<String, Stored> stored) throws SQLException {
        int width = StudentImportRow.COLUMNS.size();
        try (PreparedStatement update = connection.prepareStatement(UPDATE)) {
            int pending = 0;
            for (StudentImportRow row : rows) {
                bind(update, 1, row);
                update.setLong(width + 1, collegeId);
                update.setLong(width + 2, stored.get(row.studentNumber()).id());
                update.addBatch();
                if (++pending == BATCH) {
                    update.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                update.executeBatch();
            }
        }
    }

    private static void bind(PreparedStatement statement, int first, StudentImportRow row) throws SQLException {
        for (int i = 0; i < StudentImportRow.COLUMNS.size(); i++) {
            StudentImportRow.COLUMNS.get(i).bind(statement, first + i, row.values()[i]);
        }
    }
}
