package org.studenthub.core.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;

/** One stored audit row, as the verifier and {@code audit show} read it. */
record AuditRow(long collegeId, long seq, Instant occurredAt, String actor, String device, String table, Long rowId,
                AuditAction action, String changes, String payloadSha256, String prevHash, String hash) {

    static final String COLUMNS = "college_id, seq, occurred_at, actor, device, table_name, row_id, action, changes,"
            + " payload_sha256, prev_hash, hash";

    static AuditRow read(ResultSet rs) throws SQLException {
        return new AuditRow(rs.getLong(1), rs.getLong(2), rs.getObject(3, OffsetDateTime.class).toInstant(),
                rs.getString(4), rs.getString(5), rs.getString(6), rs.getObject(7, Long.class),
                AuditAction.valueOf(rs.getString(8)), rs.getString(9), rs.getString(10), rs.getString(11),
                rs.getString(12));
    }

    String line() {
        return AuditLine.of(collegeId, seq, occurredAt, actor, device, table, rowId, action, payloadSha256);
    }

    AuditEventView view() {
        return new AuditEventView(seq, occurredAt, actor, device, table, rowId, action, changes);
    }
}
