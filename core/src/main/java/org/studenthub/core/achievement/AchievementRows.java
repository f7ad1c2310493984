package org.studenthub.core.achievement;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.studenthub.core.common.NotFoundException;

/** The reads a decision needs, in the caller's transaction, for one college. */
final class AchievementRows {
    private static final String COLUMNS = "id, student_id, category_id, level, status, current_step, step_count,"
            + " approver_kind, route_id, section_id, department_id, mentor_id, organiser_id, event_id, created_by,"
            + " points, version";

    private final Connection connection;
    private final long collegeId;
    private final Map<Long, List<ApproverKind>> chains = new HashMap<>();

    AchievementRows(Connection connection, long collegeId) {
        this.connection = connection;
        this.collegeId = collegeId;
    }

    /** Locks and reads the achievements with these ids (missing ones are absent from the map). */
    Map<Long, AchievementRow> lock(Collection<Long> ids) throws SQLException {
        return read(ids, true);
    }

    /** Reads one achievement without locking it; NotFoundException when the caller's college has none. */
    AchievementRow readOne(long id) throws SQLException {
        AchievementRow row = read(List.of(id), false).get(id);
        if (row == null) {
            throw new NotFoundException("achievement", id);
        }
        return row;
    }

    private Map<Long, AchievementRow> read(Collection<Long> ids, boolean forUpdate) throws SQLException {
        Map<Long, AchievementRow> rows = new HashMap<>();
        if (ids.isEmpty()) {
            return rows;
        }
        String sql = "SELECT " + COLUMNS + " FROM achievement WHERE college_id = ? AND id = ANY (?) ORDER BY id"
                + (forUpdate ? " FOR UPDATE" : "");
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            select.setLong(1, collegeId);
            select.setArray(2, connection.createArrayOf("BIGINT", ids.toArray()));
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    AchievementRow row = row(rs);
                    rows.put(row.id(), row);
                }
            }
        }
        return rows;
    }

    /** One achievement, locked; NotFoundException when the caller's college has none with this id. */
    AchievementRow lockOne(long id) throws SQLException {
        AchievementRow row = lock(List.of(id)).get(id);
        if (row == null) {
            throw new NotFoundException("achievement", id);
        }
        return row;
    }

    /** The decisions already recorded under these ids: decision id to (achievement id, kind). */
    Map<UUID, RecordedDecision> recorded(Collection<UUID> ids) throws SQLException {
        Map<UUID, RecordedDecision> found = new HashMap<>();
        if (ids.isEmpty()) {
            return found;
        }
        // By the unique id alone, so that only its index can answer, however stale the statistics; a decision id
        // found in another college is an id reused (on PostgreSQL row-level security hides such rows anyway).
        String sql = "SELECT decision_uuid, achievement_id, decision, outcome, college_id FROM achievement_decision"
                + " WHERE decision_uuid = ANY (?)";
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            select.setArray(1, connection.createArrayOf("UUID", ids.toArray()));
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    UUID id = rs.getObject(1, UUID.class);
                    long achievement = rs.getLong(5) == collegeId ? rs.getLong(2) : -1;
                    found.put(id, new RecordedDecision(achievement, DecisionKind.valueOf(rs.getString(3)),
                            DecisionOutcome.valueOf(rs.getString(4))));
                }
            }
        }
        return found;
    }

    /** The category's approval chain, in step order (cached for the call). */
    List<ApproverKind> chain(long categoryId) throws SQLException {
        List<ApproverKind> known = chains.get(categoryId);
        if (known != null) {
            return known;
        }
        List<ApproverKind> chain = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT approver FROM approval_step WHERE college_id = ? AND category_id = ? ORDER BY step_no")) {
            select.setLong(1, collegeId);
            select.setLong(2, categoryId);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    chain.add(ApproverKind.valueOf(rs.getString(1)));
                }
            }
        }
        chains.put(categoryId, List.copyOf(chain));
        return chains.get(categoryId);
    }

    /** The category's name when it requires evidence and the achievement has none; empty otherwise. */
    Optional<String> missingEvidence(long categoryId, long achievementId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT c.name FROM achievement_category c"
                + " WHERE c.college_id = ? AND c.id = ? AND c.evidence_required AND NOT EXISTS (SELECT 1"
                + " FROM achievement_evidence e WHERE e.college_id = c.college_id AND e.achievement_id = ?)")) {
            select.setLong(1, collegeId);
            select.setLong(2, categoryId);
            select.setLong(3, achievementId);
            try (ResultSet rs = select.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        }
    }

    /** The points the category gives at the level (0 when the level has none). */
    int points(long categoryId, Level level) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT points FROM category_level WHERE college_id = ? AND category_id = ? AND level = ?")) {
            select.setLong(1, collegeId);
            select.setLong(2, categoryId);
            select.setString(3, level.name());
            try (ResultSet rs = select.executeQuery()) {
                return rs.next() ? rs.getInt(1) : 0;
            }
        }
    }

    /** The student's situation now, which routes a (re)submitted achievement. */
    RoutingFacts facts(long studentId, Long eventId) throws SQLException {
        String sql = "SELECT s.section_id, p.department_id,"
                + " (SELECT MIN(m.teacher_id) FROM mentor_assignment m WHERE m.college_id = s.college_id"
                + "   AND m.student_id = s.id AND m.status = 'ACTIVE'),"
                + " (SELECT e.organiser_user_id FROM activity_event e WHERE e.college_id = s.college_id AND e.id = ?)"
                + " FROM student s JOIN programme p ON p.college_id = s.college_id AND p.id = s.programme_id"
                + " WHERE s.college_id = ? AND s.id = ?";
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            select.setObject(1, eventId, java.sql.Types.BIGINT);
            select.setLong(2, collegeId);
            select.setLong(3, studentId);
            try (ResultSet rs = select.executeQuery()) {
                if (!rs.next()) {
                    throw new NotFoundException("student", studentId);
                }
                return new RoutingFacts(nullableLong(rs, 1), rs.getLong(2), nullableLong(rs, 3), nullableLong(rs, 4));
            }
        }
    }

    private static AchievementRow row(ResultSet rs) throws SQLException {
        String approver = rs.getString(8);
        return new AchievementRow(rs.getLong(1), rs.getLong(2), rs.getLong(3), Level.valueOf(rs.getString(4)),
                AchievementStatus.valueOf(rs.getString(5)), rs.getInt(6), rs.getInt(7),
                approver == null ? null : ApproverKind.valueOf(approver), nullableLong(rs, 9),
                new RoutingFacts(nullableLong(rs, 10), Optional.ofNullable(nullableLong(rs, 11)).orElse(0L),
                        nullableLong(rs, 12), nullableLong(rs, 13)),
                nullableLong(rs, 14), nullableLong(rs, 15), rs.getInt(16), rs.getLong(17));
    }

    static Long nullableLong(ResultSet rs, int column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    /** A decision found under its id. */
    record RecordedDecision(long achievementId, DecisionKind kind, DecisionOutcome outcome) {
    }
}
