package org.studenthub.core.portfolio;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.UUID;
import org.studenthub.core.audit.Audit;
import org.studenthub.core.db.Transactions;
import org.studenthub.core.security.Permission;
import org.studenthub.core.security.StudentScope;
import org.studenthub.core.tenancy.CollegeContext;

/**
 * The register of issued portfolios (schema V032): who issued which credential for which student, when, with
 * which content hash and achievements. Recording is audited (by triggers on PostgreSQL, by the core on H2). The
 * status of a credential is VALID while every achievement it contains is still APPROVED.
 */
public final class IssuedPortfolios {
    private final Transactions transactions;

    public IssuedPortfolios(Transactions transactions) {
        this.transactions = transactions;
    }

    /** Records an issued portfolio; the caller needs {@code portfolio.issue} for the student. */
    public void record(CollegeContext context, IssuedPortfolio issued) {
        CollegeContext.require(context, Permission.PORTFOLIO_ISSUE);
        StudentScope scope = StudentScope.of(context, Permission.PORTFOLIO_ISSUE);
        transactions.jdbcInCollege(context, c -> {
            scope.check(c, issued.studentId());
            long id = insertPortfolio(c, context, issued);
            Audit.insertedRows(c, context, "issued_portfolio", new long[] {id});
            Audit.insertedRows(c, context, "issued_portfolio_item", insertItems(c, context, id, issued));
            return null;
        });
    }

    /** VALID, REVOKED (an achievement in it is no longer approved) or UNKNOWN (not in the caller's register). */
    public PortfolioStatus status(CollegeContext context, UUID credentialId) {
        CollegeContext.require(context, Permission.STUDENT_READ);
        return transactions.jdbcInCollege(context, c -> {
            try (PreparedStatement select = c.prepareStatement("SELECT p.id, (SELECT COUNT(*)"
                    + " FROM issued_portfolio_item i LEFT JOIN achievement a ON a.college_id = i.college_id"
                    + "  AND a.id = i.achievement_id"
                    + " WHERE i.college_id = p.college_id AND i.issued_portfolio_id = p.id"
                    + "  AND (a.status IS NULL OR a.status <> 'APPROVED'))"
                    + " FROM issued_portfolio p WHERE p.college_id = ? AND p.credential_id = ?")) {
                select.setLong(1, context.collegeId());
                select.setObject(2, credentialId);
                try (ResultSet rs = select.executeQuery()) {
                    if (!rs.next()) {
                        return PortfolioStatus.UNKNOWN;
                    }
                    return rs.getLong(2) == 0 ? PortfolioStatus.VALID : PortfolioStatus.REVOKED;
                }
            }
        });
    }

    private static long insertPortfolio(Connection c, CollegeContext context, IssuedPortfolio issued)
            throws SQLException {
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO issued_portfolio (college_id, credential_id,"
                + " student_id, content_sha256, locale, page_count, issued_by, issued_by_name, issued_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", new String[] {"id"})) {
            insert.setLong(1, context.collegeId());
            insert.setObject(2, issued.credentialId());
            insert.setLong(3, issued.studentId());
            insert.setString(4, issued.contentSha256());
            insert.setString(5, issued.locale());
            insert.setInt(6, issued.pageCount());
            insert.setObject(7, context.access().userId().orElse(null), Types.BIGINT);
            insert.setString(8, context.actor());
            insert.setTimestamp(9, Timestamp.from(Instant.now()));
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    private static long[] insertItems(Connection c, CollegeContext context, long portfolioId, IssuedPortfolio issued)
            throws SQLException {
        long[] ids = new long[issued.achievements().size()];
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO issued_portfolio_item (college_id,"
                + " issued_portfolio_id, student_id, achievement_id, achievement_version) VALUES (?, ?, ?, ?, ?)",
                new String[] {"id"})) {
            int i = 0;
            for (IssuedPortfolio.Item item : issued.achievements()) {
                insert.setLong(1, context.collegeId());
                insert.setLong(2, portfolioId);
                insert.setLong(3, issued.studentId());
                insert.setLong(4, item.achievementId());
                insert.setLong(5, item.version());
                insert.executeUpdate();
                try (ResultSet keys = insert.getGeneratedKeys()) {
                    keys.next();
                    ids[i++] = keys.getLong(1);
                }
            }
        }
        return ids;
    }
}
