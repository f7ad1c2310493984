package org.studenthub.core.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.studenthub.core.audit.AuditVerification.Break;
import org.studenthub.core.db.Transactions;
import org.studenthub.core.security.Permission;
import org.studenthub.core.tenancy.CollegeContext;
import org.studenthub.core.tenancy.PlatformContext;

/**
 * Reading a college's audit trail: verifying its hash chain and listing its rows. Both need the permission
 * audit.read. Erasing the personal data in payloads (keeping the chain intact) needs privacy.erase. The
 * platform chain ({@link Audit#PLATFORM_CHAIN}: accounts without a college) is read by platform
 * administrators ({@link Permission#COLLEGE_MANAGE}).
 */
public final class AuditTrail {
    private static final int FETCH = 1_000;

    private final Transactions transactions;

    public AuditTrail(Transactions transactions) {
        this.transactions = transactions;
    }

    /**
     * Recomputes the college's chain from its first row to the head and names the first row where it does not
     * hold. Rows appended after the head was read are left for the next verification.
     */
    public AuditVerification verify(CollegeContext context) {
        context.require(Permission.AUDIT_READ);
        return transactions.jdbcInCollege(context, connection -> verify(connection, context.collegeId()));
    }

    /** {@link #verify(CollegeContext)} for the platform chain. */
    public AuditVerification verifyPlatform(PlatformContext context) {
        context.require(Permission.COLLEGE_MANAGE);
        return transactions.jdbcAsPlatform(connection -> verify(connection, Audit.PLATFORM_CHAIN));
    }

    /** The college's audit rows, newest first. */
    public List<AuditEventView> show(CollegeContext context, AuditQuery query) {
        context.require(Permission.AUDIT_READ);
        return transactions.jdbcInCollege(context, connection -> show(connection, context.collegeId(), query));
    }

    /** The platform chain's rows, newest first. */
    public List<AuditEventView> showPlatform(PlatformContext context, AuditQuery query) {
        context.require(Permission.COLLEGE_MANAGE);
        return transactions.jdbcAsPlatform(connection -> show(connection, Audit.PLATFORM_CHAIN, query));
    }

    private static List<AuditEventView> show(Connection connection, long chain, AuditQuery query)
            throws SQLException {
        StringBuilder sql = new StringBuilder("SELECT " + AuditRow.COLUMNS + " FROM audit_event WHERE college_id = ?");
        List<Object> parameters = new ArrayList<>(List.of(chain));
        if (query.table() != null) {
            sql.append(" AND table_name = ?");
            parameters.add(query.table());
        }
        if (query.rowId() != null) {
            sql.append(" AND row_id = ?");
            parameters.add(query.rowId());
        }
        sql.append(" ORDER BY seq DESC FETCH FIRST ").append(query.limit()).append(" ROWS ONLY");
        List<AuditEventView> events = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(sql.toString())) {
            for (int i = 0; i < parameters.size(); i++) {
                select.setObject(i + 1, parameters.get(i));
            }
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    events.add(AuditRow.read(rs).view());
                }
            }
        }
        return events;
    }

    /**
     * Erases the payloads of one record's audit rows (the personal data they may hold); their digests stay,
     * so the chain still verifies. Returns the number of payloads erased.
     */
    public long erase(CollegeContext context, String table, long rowId) {
        context.require(Permission.PRIVACY_ERASE);
        return transactions.jdbcInCollege(context, connection -> {
            String sql = Audit.embedded(connection)
                    ? "UPDATE audit_event SET changes = NULL WHERE college_id = ? AND table_name = ? AND row_id = ?"
                            + " AND changes IS NOT NULL"
                    : "SELECT audit_erase(?, ?, ?)";
            try (PreparedStatement erase = connection.prepareStatement(sql)) {
                erase.setLong(1, context.collegeId());
                erase.setString(2, table);
                erase.setLong(3, rowId);
                if (Audit.embedded(connection)) {
                    return (long) erase.executeUpdate();
                }
                try (ResultSet rs = erase.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        });
    }

    private static AuditVerification verify(Connection connection, long collegeId) throws SQLException {
        // one snapshot for the head and the rows, so that a write committing meanwhile cannot look like tampering
        connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
        Optional<long[]> bounds = seqBounds(connection, collegeId);
        Optional<Head> head = head(connection, collegeId);
        if (head.isEmpty()) {
            return new AuditVerification(collegeId, 0, 0, AuditLine.GENESIS,
                    bounds.map(seq -> Break.at(seq[0], "audit.verify.no_head")));
        }
        ChainCheck check = new ChainCheck();
        Optional<Break> broken = Optional.empty();
        try (PreparedStatement rows = connection.prepareStatement("SELECT " + AuditRow.COLUMNS
                + " FROM audit_event WHERE college_id = ? AND seq <= ? ORDER BY seq")) {
            rows.setFetchSize(FETCH);
            rows.setLong(1, collegeId);
            rows.setLong(2, head.get().seq());
            try (ResultSet rs = rows.executeQuery()) {
                while (broken.isEmpty() && rs.next()) {
                    broken = check.accept(AuditRow.read(rs));
                }
            }
        }
        if (broken.isEmpty()) {
            broken = check.finish(head.get().seq(), head.get().hash());
        }
        if (broken.isEmpty() && bounds.isPresent() && bounds.get()[1] > head.get().seq()) {
            broken = Optional.of(Break.at(head.get().seq() + 1, "audit.verify.beyond_head", head.get().seq()));
        }
        return new AuditVerification(collegeId, check.rows(), head.get().seq(), head.get().hash(), broken);
    }

    /** The lowest and highest seq stored for the college, if any. */
    private static Optional<long[]> seqBounds(Connection connection, long collegeId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT MIN(seq), MAX(seq) FROM audit_event WHERE college_id = ?")) {
            select.setLong(1, collegeId);
            try (ResultSet rs = select.executeQuery()) {
                rs.next();
                long low = rs.getLong(1);
                return rs.wasNull() ? Optional.empty() : Optional.of(new long[] {low, rs.getLong(2)});
            }
        }
    }

    private static Optional<Head> head(Connection connection, long collegeId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT last_seq, last_hash FROM audit_chain_head WHERE college_id = ?")) {
            select.setLong(1, collegeId);
            try (ResultSet rs = select.executeQuery()) {
                return rs.next() ? Optional.of(new Head(rs.getLong(1), rs.getString(2))) : Optional.empty();
            }
        }
    }

    private record Head(long seq, String hash) {}
}
