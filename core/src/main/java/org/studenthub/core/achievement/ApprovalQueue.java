package org.studenthub.core.achievement;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.studenthub.core.common.Page;
import org.studenthub.core.common.PageRequest;
import org.studenthub.core.common.Validation;
import org.studenthub.core.db.Sql;
import org.studenthub.core.db.Transactions;
import org.studenthub.core.security.Permission;
import org.studenthub.core.tenancy.CollegeContext;

/**
 * "Waiting for me": the achievements whose current step the caller decides ({@link ApproverRoutes}),
 * filtered, counted and keyset-paged in the database by submission time. Each of the caller's queues is read
 * through the index ix_achievement_queue (college, approver kind, route id, submitted at, id) and the pages
 * are merged; a caller has a handful of queues at most.
 */
public final class ApprovalQueue {
    private final Transactions transactions;

    public ApprovalQueue(Transactions transactions) {
        this.transactions = transactions;
    }

    /** One page of what waits for the caller. The cursor is opaque: pass {@link Page#nextCursor()} back. */
    public Page<AchievementView> waitingForMe(CollegeContext context, QueueFilter filter, PageRequest page) {
        CollegeContext.require(context, Permission.ACHIEVEMENT_APPROVE);
        Validation.check(page);
        List<Route> routes = ApproverRoutes.of(context).routes();
        QueueCursor after = QueueCursor.parse(page.after());
        return transactions.jdbcInCollege(context, c -> {
            List<AchievementView> merged = new ArrayList<>();
            for (Route route : routes) {
                merged.addAll(read(c, context.collegeId(), route, filter, after, page.limit() + 1));
            }
            Comparator<AchievementView> order = Comparator.comparing(AchievementView::submittedAt)
                    .thenComparing(AchievementView::id);
            merged.sort(filter.newestFirst() ? order.reversed() : order);
            boolean more = merged.size() > page.limit();
            List<AchievementView> items = List.copyOf(more ? merged.subList(0, page.limit()) : merged);
            return new Page<>(items, more ? QueueCursor.of(items.get(items.size() - 1)) : null);
        });
    }

    /** How many achievements wait for the caller, with the same filter. */
    public long count(CollegeContext context, QueueFilter filter) {
        CollegeContext.require(context, Permission.ACHIEVEMENT_APPROVE);
        List<Route> routes = ApproverRoutes.of(context).routes();
        return transactions.jdbcInCollege(context, c -> {
            long total = 0;
            for (Route route : routes) {
                List<Object> parameters = new ArrayList<>();
                String where = where(context.collegeId(), route, filter, null, parameters);
                try (PreparedStatement select = Sql.prepare(c, "SELECT COUNT(*) FROM achievement a" + where, parameters);
                     ResultSet rs = select.executeQuery()) {
                    rs.next();
                    total += rs.getLong(1);
                }
            }
            return total;
        });
    }

    private static List<AchievementView> read(Connection c, long collegeId, Route route, QueueFilter filter,
                                              QueueCursor after, int limit) throws SQLException {
        List<Object> parameters = new ArrayList<>();
        String where = where(collegeId, route, filter, after, parameters);
        String direction = filter.newestFirst() ? " DESC" : "";
        // The equal columns lead the ORDER BY too: the embedded database then reads the queue index in order and
        // stops at the page's end (PostgreSQL drops them itself).
        String sql = AchievementSql.SELECT + where + " ORDER BY a.college_id" + direction + ", a.approver_kind"
                + direction + ", a.route_id" + direction + ", a.submitted_at" + direction + ", a.id" + direction
                + " FETCH FIRST " + limit + " ROWS ONLY";
        List<AchievementView> rows = new ArrayList<>();
        try (PreparedStatement select = Sql.prepare(c, sql, parameters); ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
                rows.add(AchievementSql.view(rs));
            }
        }
        return rows;
    }

    private static String where(long collegeId, Route route, QueueFilter filter, QueueCursor after,
                                List<Object> parameters) {
        StringBuilder where = new StringBuilder(" WHERE a.college_id = ? AND a.approver_kind = ? AND a.route_id = ?");
        parameters.add(collegeId);
        parameters.add(route.approver().name());
        parameters.add(route.routeId());
        if (filter.categoryCode() != null) {
            where.append(" AND a.category_id = (SELECT qc.id FROM achievement_category qc WHERE qc.college_id = ?"
                    + " AND qc.code = ?)");
            parameters.add(collegeId);
            parameters.add(filter.categoryCode());
        }
        if (filter.level() != null) {
            where.append(" AND a.level = ?");
            parameters.add(filter.level().name());
        }
        if (filter.sectionId() != null) {
            where.append(" AND a.section_id = ?");
            parameters.add(filter.sectionId());
        }
        if (filter.olderThanDays() != null) {
            where.append(" AND a.submitted_at <= ?");
            parameters.add(Timestamp.from(Instant.now().minus(filter.olderThanDays(), ChronoUnit.DAYS)));
        }
        if (after != null) {
            String beyond = filter.newestFirst() ? "<" : ">";
            where.append(" AND (a.submitted_at ").append(beyond).append(" ? OR (a.submitted_at = ? AND a.id ")
                    .append(beyond).append(" ?))");
            parameters.add(Timestamp.from(after.submittedAt()));
            parameters.add(Timestamp.from(after.submittedAt()));
            parameters.add(after.id());
        }
        return where.toString();
    }
}
