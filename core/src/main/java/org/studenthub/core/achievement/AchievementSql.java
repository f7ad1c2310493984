package org.studenthub.core.achievement;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;

/** The select list that reads an {@link AchievementView} (alias a: achievement, s: student, c: category). */
final class AchievementSql {
    static final String SELECT = "SELECT a.id, a.student_id, s.student_number,"
            + " s.given_name || ' ' || s.family_name, c.code, c.name, a.level, a.title, a.description, a.issuer,"
            + " a.event_id, a.starts_on, a.ends_on, a.links, a.status, a.current_step, a.step_count, a.approver_kind,"
            + " a.points, a.submitted_at, a.decided_at, a.version"
            + " FROM achievement a"
            + " JOIN achievement_category c ON c.college_id = a.college_id AND c.id = a.category_id"
            + " LEFT JOIN student s ON s.college_id = a.college_id AND s.id = a.student_id";

    private AchievementSql() {}

    static AchievementView view(ResultSet rs) throws SQLException {
        AchievementStatus status = AchievementStatus.valueOf(rs.getString(15));
        String approver = rs.getString(18);
        return new AchievementView(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), Level.valueOf(rs.getString(7)), rs.getString(8), rs.getString(9), rs.getString(10),
                AchievementRows.nullableLong(rs, 11), date(rs, 12), date(rs, 13), rs.getString(14), status,
                status.waiting() ? rs.getInt(16) : 0, rs.getInt(17),
                approver == null ? null : ApproverKind.valueOf(approver), rs.getInt(19), instant(rs, 20),
                instant(rs, 21), rs.getLong(22));
    }

    private static LocalDate date(ResultSet rs, int column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }

    private static java.time.Instant instant(ResultSet rs, int column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }
}
