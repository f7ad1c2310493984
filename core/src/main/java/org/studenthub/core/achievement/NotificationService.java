package org.studenthub.core.achievement;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.studenthub.core.common.Page;
import org.studenthub.core.common.PageRequest;
import org.studenthub.core.common.Validation;
import org.studenthub.core.db.Sql;
import org.studenthub.core.db.Transactions;
import org.studenthub.core.security.Permission;
import org.studenthub.core.tenancy.CollegeContext;

/**
 * Each user's in-app inbox: decisions on their achievements and what waits for them ({@link Recipients}),
 * newest first, read or unread. On PostgreSQL the database itself shows a person only their own inbox.
 */
public final class NotificationService {
    private final Transactions transactions;

    public NotificationService(Transactions transactions) {
        this.transactions = transactions;
    }

    /** One page of the caller's inbox, newest first. */
    public Page<NotificationView> inbox(CollegeContext context, boolean unreadOnly, PageRequest page) {
        CollegeContext.require(context, Permission.RECORDS_READ);
        Validation.check(page);
        Set<String> recipients = Recipients.of(context);
        long before = page.after() == null ? Long.MAX_VALUE : Long.parseLong(page.after());
        if (recipients.isEmpty()) {
            return new Page<>(List.of(), null);
        }
        return transactions.jdbcInCollege(context, c -> {
            List<NotificationView> items = new ArrayList<>();
            List<Object> parameters = new ArrayList<>(List.of(context.collegeId()));
            parameters.addAll(recipients);
            parameters.add(before);
            String sql = "SELECT n.id, n.kind, n.achievement_id, a.title, n.created_at, n.read_at FROM notification n"
                    + " LEFT JOIN achievement a ON a.college_id = n.college_id AND a.id = n.achievement_id"
                    + " WHERE n.college_id = ? AND n.recipient IN (" + Sql.marks(recipients.size()) + ") AND n.id < ?"
                    + (unreadOnly ? " AND n.read_at IS NULL" : "")
                    + " ORDER BY n.id DESC FETCH FIRST " + (page.limit() + 1) + " ROWS ONLY";
            try (PreparedStatement select = Sql.prepare(c, sql, parameters); ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    items.add(new NotificationView(rs.getLong(1), rs.getString(2), AchievementRows.nullableLong(rs, 3),
                            rs.getString(4), rs.getTimestamp(5).toInstant(), rs.getTimestamp(6) != null));
                }
            }
            boolean more = items.size() > page.limit();
            List<NotificationView> shown = List.copyOf(more ? items.subList(0, page.limit()) : items);
            return new Page<>(shown, more ? String.valueOf(shown.get(shown.size() - 1).id()) : null);
        });
    }

    /** How many unread entries the caller's inbox holds. */
    public long unread(CollegeContext context) {
        CollegeContext.require(context, Permission.RECORDS_READ);
        Set<String> recipients = Recipients.of(context);
        if (recipients.isEmpty()) {
            return 0;
        }
        return transactions.jdbcInCollege(context, c -> {
            List<Object> parameters = new ArrayList<>(List.of(context.collegeId()));
            parameters.addAll(recipients);
            try (PreparedStatement select = Sql.prepare(c, "SELECT COUNT(*) FROM notification WHERE college_id = ?"
                    + " AND recipient IN (" + Sql.marks(recipients.size()) + ") AND read_at IS NULL", parameters);
                 ResultSet rs = select.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    /** Marks entries of the caller's own inbox read; returns how many changed. */
    public int markRead(CollegeContext context, List<Long> ids) {
        CollegeContext.require(context, Permission.RECORDS_READ);
        Set<String> recipients = Recipients.of(context);
        if (ids.isEmpty() || recipients.isEmpty()) {
            return 0;
        }
        return transactions.jdbcInCollege(context, c -> {
            List<Object> parameters = new ArrayList<>(List.of(context.collegeId()));
            parameters.addAll(recipients);
            parameters.addAll(ids);
            try (PreparedStatement update = Sql.prepare(c, "UPDATE notification SET read_at = CURRENT_TIMESTAMP"
                    + " WHERE college_id = ? AND recipient IN (" + Sql.marks(recipients.size()) + ") AND id IN ("
                    + Sql.marks(ids.size()) + ") AND read_at IS NULL", parameters)) {
                return update.executeUpdate();
            }
        });
    }
}
