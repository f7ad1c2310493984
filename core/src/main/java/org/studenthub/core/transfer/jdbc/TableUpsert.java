package org.studenthub.core.transfer.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.studenthub.core.audit.Audit;
import org.studenthub.core.audit.AuditEntry;
import org.studenthub.core.tenancy.CollegeContext;

/**
 * Inserts or updates many rows of one tenant table by natural key, in batches. Existing rows
 * are found in chunks of key values (never the whole table); a row whose data equal the stored
 * values is left alone, a changed row gets version + 1 and a new updated_at. Inserts and updates
 * are audited (set-based on the embedded database; by triggers on PostgreSQL).
 */
public final class TableUpsert {
    private static final int CHUNK = 1_000;

    private final String table;
    private final List<DbColumn> keys;
    private final List<DbColumn> data;

    public TableUpsert(String table, List<DbColumn> keys, List<DbColumn> data) {
        this.table = table;
        this.keys = List.copyOf(keys);
        this.data = List.copyOf(data);
    }

    /** Writes {@code rows} (keys unique within the list) for one college. */
    public UpsertCounts upsert(Connection connection, CollegeContext context, List<UpsertRow> rows,
                               UpsertListener listener) throws SQLException {
        long collegeId = context.collegeId();
        Map<List<Object>, Existing> existing = findExisting(connection, collegeId, rows);
        List<UpsertRow> inserts = new ArrayList<>();
        List<Map.Entry<UpsertRow, Existing>> updates = new ArrayList<>();
        long unchanged = 0;
        for (UpsertRow row : rows) {
            Existing found = existing.get(row.key());
            if (found == null) {
                inserts.add(row);
            } else if (Arrays.equals(found.data(), row.data())) {
                unchanged++;
            } else {
                updates.add(Map.entry(row, found));
            }
        }
        Audit.insertedRows(connection, context, table, insert(connection, collegeId, inserts, listener));
        update(connection, collegeId, updates, listener);
        Audit.changed(connection, context, auditEntries(updates));
        return new UpsertCounts(inserts.size(), updates.size(), unchanged);
    }

    private Map<List<Object>, Existing> findExisting(Connection connection, long collegeId, List<UpsertRow> rows)
            throws SQLException {
        List<Object> firstKeys = new ArrayList<>(new LinkedHashSet<>(rows.stream().map(r -> r.key().get(0)).toList()));
        Map<List<Object>, Existing> found = new HashMap<>(firstKeys.size() * 2);
        if (firstKeys.isEmpty()) {
            return found;
        }
        String sql = "SELECT id, " + names(keys) + ", " + names(data) + " FROM " + table
                + " WHERE college_id = ? AND " + keys.get(0).name() + " IN ("
                + String.join(", ", java.util.Collections.nCopies(CHUNK, "?")) + ")";
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            for (int start = 0; start < firstKeys.size(); start += CHUNK) {
                select.setLong(1, collegeId);
                for (int i = 0; i < CHUNK; i++) {
                    int at = Math.min(start + i, firstKeys.size() - 1);
                    keys.get(0).bind(select, i + 2, firstKeys.get(at));
                }
                readExisting(select, found);
            }
        }
        return found;
    }

    private void readExisting(PreparedStatement select, Map<List<Object>, Existing> found) throws SQLException {
        try (ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
                List<Object> key = new ArrayList<>(keys.size());
                for (int i = 0; i < keys.size(); i++) {
                    key.add(keys.get(i).read(rs, i + 2));
                }
                Object[] values = new Object[data.size()];
                for (int i = 0; i < data.size(); i++) {
                    values[i] = data.get(i).read(rs, keys.size() + i + 2);
                }
                found.put(key, new Existing(rs.getLong(1), values));
            }
        }
    }

    /** Inserts the rows; returns their ids. */
    private long[] insert(Connection connection, long collegeId, List<UpsertRow> rows, UpsertListener listener)
            throws SQLException {
        long[] inserted = new long[rows.size()];
        if (rows.isEmpty()) {
            return inserted;
        }
        int width = keys.size() + data.size();
        String sql = "INSERT INTO " + table + " (college_id, " + names(keys) + ", " + names(data) + ") VALUES (?"
                + ", ?".repeat(width) + ")";
        try (PreparedStatement insert = connection.prepareStatement(sql, new String[] {"id"})) {
            for (int start = 0; start < rows.size(); start += CHUNK) {
                List<UpsertRow> chunk = rows.subList(start, Math.min(rows.size(), start + CHUNK));
                for (UpsertRow row : chunk) {
                    insert.setLong(1, collegeId);
                    bindRow(insert, 2, row);
                    insert.addBatch();
                }
                insert.executeBatch();
                try (ResultSet ids = insert.getGeneratedKeys()) {
                    for (int i = 0; i < chunk.size(); i++) {
                        if (!ids.next()) {
                            throw new SQLException("Missing generated key for " + table);
                        }
                        inserted[start + i] = ids.getLong(1);
                        listener.inserted(inserted[start + i], chunk.get(i));
                    }
                }
            }
        }
        return inserted;
    }

    private void update(Connection connection, long collegeId, List<Map.Entry<UpsertRow, Existing>> rows,
            UpsertListener listener) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        String sql = "UPDATE " + table + " SET " + data.stream().map(c -> c.name() + " = ?").collect(Collectors.joining(", "))
                + ", version = version + 1, updated_at = CURRENT_TIMESTAMP WHERE college_id = ? AND id = ?";
        try (PreparedStatement update = connection.prepareStatement(sql)) {
            int pending = 0;
            for (Map.Entry<UpsertRow, Existing> entry : rows) {
                Object[] values = entry.getKey().data();
                for (int i = 0; i < data.size(); i++) {
                    data.get(i).bind(update, i + 1, values[i]);
                }
                update.setLong(data.size() + 1, collegeId);
                update.setLong(data.size() + 2, entry.getValue().id());
                update.addBatch();
                if (++pending == CHUNK) {
                    update.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                update.executeBatch();
            }
        }
        for (Map.Entry<UpsertRow, Existing> entry : rows) {
            listener.updated(entry.getValue().id(), entry.getKey(), entry.getValue().data());
        }
    }

    /** The changed data columns of each update, before and after (the keys do not change). */
    private List<AuditEntry> auditEntries(List<Map.Entry<UpsertRow, Existing>> updates) {
        List<AuditEntry> entries = new ArrayList<>(updates.size());
        for (Map.Entry<UpsertRow, Existing> update : updates) {
            UpdateImages.entry(table, update.getValue().id(), data, update.getValue().data(), update.getKey().data())
                    .ifPresent(entries::add);
        }
        return entries;
    }

    private void bindRow(PreparedStatement statement, int first, UpsertRow row) throws SQLException {
        for (int i = 0; i < keys.size(); i++) {
            keys.get(i).bind(statement, first + i, row.key().get(i));
        }
        for (int i = 0; i < data.size(); i++) {
            data.get(i).bind(statement, first + keys.size() + i, row.data()[i]);
        }
    }

    private static String names(List<DbColumn> columns) {
        return columns.stream().map(DbColumn::name).collect(Collectors.joining(", "));
    }

    private record Existing(long id, Object[] data) {}
}
