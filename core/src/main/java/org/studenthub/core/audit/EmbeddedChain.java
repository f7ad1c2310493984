package org.studenthub.core.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Appends links to a college's audit chain on the embedded database, computing in Java exactly what the
 * PostgreSQL functions of schema V021 compute. Each call locks the college's head row FOR UPDATE (which
 * serialises the college's audited writes until commit), writes one link and moves the head.
 */
final class EmbeddedChain {
    private static final String INSERT = "INSERT INTO audit_event (college_id, seq, occurred_at, actor, device,"
            + " table_name, row_id, action, changes, payload_sha256, prev_hash, hash)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private final Connection connection;
    private final long collegeId;
    private final String actor;

    EmbeddedChain(Connection connection, long collegeId, String actor) {
        this.connection = connection;
        this.collegeId = collegeId;
        this.actor = actor;
    }

    /** Appends entries built in Java as one link. */
    void append(List<AuditEntry> entries) throws SQLException {
        if (entries.isEmpty()) {
            return;
        }
        Head head = lockHead();
        Instant at = AuditLine.truncate(Instant.now());
        AuditLine.LinkHash link = new AuditLine.LinkHash(head.hash());
        List<String> payloads = new ArrayList<>(entries.size());
        for (int i = 0; i < entries.size(); i++) {
            AuditEntry entry = entries.get(i);
            String payload = AuditLine.sha256(entry.changes());
            payloads.add(payload);
            link.add(AuditLine.of(collegeId, head.seq() + i + 1, at, actor, ThisComputer.NAME, entry.table(),
                    entry.rowId(), entry.action(), payload));
        }
        String hash = link.finish();
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            for (int i = 0; i < entries.size(); i++) {
                AuditEntry entry = entries.get(i);
                boolean last = i == entries.size() - 1;
                insert.setLong(1, collegeId);
                insert.setLong(2, head.seq() + i + 1);
                insert.setObject(3, OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
                insert.setString(4, actor);
                insert.setString(5, ThisComputer.NAME);
                insert.setString(6, entry.table());
                insert.setObject(7, entry.rowId());
                insert.setString(8, entry.action().name());
                insert.setString(9, entry.changes());
                insert.setString(10, payloads.get(i));
                insert.setString(11, last ? head.hash() : null);
                insert.setString(12, last ? hash : null);
                insert.addBatch();
            }
            insert.executeBatch();
        }
        moveHead(head.seq() + entries.size(), hash);
    }

    /**
     * Appends, set-based, one entry per row of {@code table} in the college that {@code filter} selects (an SQL
     * condition on the table's alias {@code t} with one parameter at most), as one link: an insert's image after
     * the insert, or a delete's image before the delete. Returns the number of entries.
     */
    long appendRows(AuditedTable table, AuditAction action, String filter, Object parameter) throws SQLException {
        return appendSelected(table, action, table.name() + " t", null, " AND " + filter, parameter);
    }

    /** Appends, set-based, one insert entry per row of {@code table} with one of these ids (in the college). */
    long appendInserted(AuditedTable table, long[] ids) throws SQLException {
        // joined from the id list, so each id is one primary-key lookup (an IN (subquery) is not)
        return appendSelected(table, AuditAction.INSERT, "TABLE(x BIGINT = ?) f JOIN " + table.name() + " t ON t."
                + table.key() + " = f.x", Arrays.stream(ids).boxed().toArray(Long[]::new), "", null);
    }

    private long appendSelected(AuditedTable table, AuditAction action, String from, Object fromParameter,
                                String filter, Object filterParameter) throws SQLException {
        Head head = lockHead();
        Instant at = AuditLine.truncate(Instant.now());
        String image = "'{\"" + (action == AuditAction.DELETE ? "before" : "after") + "\":' || CAST(JSON_OBJECT("
                + String.join(", ", table.columns().stream().map(c -> "'" + c + "': t." + c).toList())
                + " ABSENT ON NULL) AS VARCHAR) || '}'";
        String sql = "INSERT INTO audit_event (college_id, seq, occurred_at, actor, device, table_name, row_id, action,"
                + " changes, payload_sha256) SELECT ?, ? + ROW_NUMBER() OVER (ORDER BY s.id), ?, ?, ?, ?, s.id, ?,"
                + " s.changes, LOWER(RAWTOHEX(HASH('SHA-256', s.changes)))"
                + " FROM (SELECT t." + table.key() + " AS id, " + image + " AS changes FROM " + from
                + " WHERE " + table.inChain("t") + filter + ") s";
        long written;
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            int next = 8;
            insert.setLong(1, collegeId);
            insert.setLong(2, head.seq());
            insert.setObject(3, OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
            insert.setString(4, actor);
            insert.setString(5, ThisComputer.NAME);
            insert.setString(6, table.name());
            insert.setString(7, action.name());
            if (fromParameter != null) {
                insert.setObject(next++, fromParameter);
            }
            insert.setLong(next++, collegeId);
            if (filterParameter != null) {
                insert.setObject(next, filterParameter);
            }
            written = insert.executeLargeUpdate();
        }
        if (written > 0) {
            closeLink(head, written, at, table.name(), action);
        }
        return written;
    }

    /** Hashes the link just inserted set-based, seals its last row and moves the head. */
    private void closeLink(Head head, long written, Instant at, String table, AuditAction action) throws SQLException {
        AuditLine.LinkHash link = new AuditLine.LinkHash(head.hash());
        try (PreparedStatement select = connection.prepareStatement("SELECT seq, row_id, payload_sha256"
                + " FROM audit_event WHERE college_id = ? AND seq > ? ORDER BY seq")) {
            select.setLong(1, collegeId);
            select.setLong(2, head.seq());
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    link.add(AuditLine.of(collegeId, rs.getLong(1), at, actor, ThisComputer.NAME, table,
                            rs.getLong(2), action, rs.getString(3)));
                }
            }
        }
        String hash = link.finish();
        long last = head.seq() + written;
        try (PreparedStatement seal = connection.prepareStatement(
                "UPDATE audit_event SET prev_hash = ?, hash = ? WHERE college_id = ? AND seq = ?")) {
            seal.setString(1, head.hash());
            seal.setString(2, hash);
            seal.setLong(3, collegeId);
            seal.setLong(4, last);
            seal.executeUpdate();
        }
        moveHead(last, hash);
    }

    private Head lockHead() throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT last_seq, last_hash FROM audit_chain_head WHERE college_id = ? FOR UPDATE")) {
            select.setLong(1, collegeId);
            try (ResultSet rs = select.executeQuery()) {
                if (rs.next()) {
                    return new Head(rs.getLong(1), rs.getString(2));
                }
            }
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO audit_chain_head (college_id, last_seq, last_hash) VALUES (?, 0, ?)")) {
            insert.setLong(1, collegeId);
            insert.setString(2, AuditLine.GENESIS);
            insert.executeUpdate();
        }
        return new Head(0, AuditLine.GENESIS);
    }

    private void moveHead(long seq, String hash) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE audit_chain_head SET last_seq = ?, last_hash = ? WHERE college_id = ?")) {
            update.setLong(1, seq);
            update.setString(2, hash);
            update.setLong(3, collegeId);
            update.executeUpdate();
        }
    }

    private record Head(long seq, String hash) {}
}
