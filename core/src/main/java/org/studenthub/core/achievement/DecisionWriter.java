package org.studenthub.core.achievement;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import org.studenthub.core.audit.Audit;
import org.studenthub.core.common.StudentHubException;
import org.studenthub.core.tenancy.CollegeContext;

/**
 * Writes the decisions of one batch with three batched statements: the decision rows, the achievements'
 * new states (each guarded by the version the decision saw) and the notifications. Decision rows are written
 * first: on PostgreSQL a trigger accepts an achievement's new state only when its decision row names it.
 */
final class DecisionWriter {
    private static final String INSERT_DECISION = "INSERT INTO achievement_decision (decision_uuid, college_id,"
            + " achievement_id, student_id, step_no, decision, comment_text, decided_by, decided_at, seen_version,"
            + " outcome, to_status, to_step) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String UPDATE_ACHIEVEMENT = "UPDATE achievement SET status = ?, current_step = ?,"
            + " step_count = ?, approver_kind = ?, route_id = ?, section_id = ?, department_id = ?, mentor_id = ?,"
            + " organiser_id = ?, points = ?, submitted_at = CASE WHEN ? THEN CURRENT_TIMESTAMP ELSE submitted_at END,"
            + " decided_at = CURRENT_TIMESTAMP, last_decision = ?, version = version + 1, updated_at = CURRENT_TIMESTAMP"
            + " WHERE college_id = ? AND id = ? AND version = ?";
    private static final String INSERT_NOTIFICATION = "INSERT INTO notification (college_id, recipient, kind,"
            + " achievement_id) VALUES (?, ?, ?, ?)";

    private final CollegeContext context;
    private final long deciderId;
    private final List<DecisionRow> decisions = new ArrayList<>();
    private final List<Applied> updates = new ArrayList<>();
    private final List<Object[]> notifications = new ArrayList<>();

    DecisionWriter(CollegeContext context, long deciderId) {
        this.context = context;
        this.deciderId = deciderId;
    }

    /** A decision recorded as a conflict: the achievement stays as it is. */
    void conflict(DecisionCommand command, AchievementRow row) {
        decisions.add(decisionRow(command, row, DecisionOutcome.CONFLICT, null));
    }

    /** A decision applied: its row, the achievement's new state and who to tell. */
    void applied(DecisionCommand command, AchievementRow before, AchievementRow after, int stepCount) {
        decisions.add(decisionRow(command, before, DecisionOutcome.APPLIED, after));
        updates.add(new Applied(command, before, after, stepCount));
        for (Notices.Notice notice : Notices.of(command.kind(), before, after)) {
            notifications.add(new Object[] {context.collegeId(), notice.recipient(), notice.kind(), before.id()});
        }
    }

    void write(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(INSERT_DECISION)) {
            for (DecisionRow decision : decisions) {
                bindDecision(statement, decision);
                statement.addBatch();
            }
            statement.executeBatch();
        }
        List<Audit.RowChange> audits = new ArrayList<>();
        for (Applied update : updates) {
            audits.add(Audit.row(connection, context, "achievement", update.before().id()));
        }
        try (PreparedStatement statement = connection.prepareStatement(UPDATE_ACHIEVEMENT)) {
            for (Applied update : updates) {
                bindUpdate(statement, update);
                statement.addBatch();
            }
            int[] counts = statement.executeBatch();
            for (int i = 0; i < counts.length; i++) {
                if (counts[i] == 0) {
                    throw new StudentHubException("achievement.decision.lost_update", updates.get(i).before().id());
                }
            }
        }
        for (Audit.RowChange audit : audits) {
            audit.record();
        }
        batch(connection, INSERT_NOTIFICATION, notifications);
    }

    private static DecisionRow decisionRow(DecisionCommand command, AchievementRow row, DecisionOutcome outcome,
                                           AchievementRow after) {
        return new DecisionRow(command, row, outcome, after);
    }

    private void bindDecision(PreparedStatement statement, DecisionRow decision) throws SQLException {
        DecisionCommand command = decision.command();
        statement.setObject(1, command.id());
        statement.setLong(2, context.collegeId());
        statement.setLong(3, decision.row().id());
        statement.setLong(4, decision.row().studentId());
        statement.setInt(5, decision.row().currentStep());
        statement.setString(6, command.kind().name());
        statement.setString(7, command.comment());
        statement.setLong(8, deciderId);
        statement.setTimestamp(9, Timestamp.from(command.decidedAt()));
        statement.setLong(10, command.seenVersion());
        statement.setString(11, decision.outcome().name());
        statement.setString(12, decision.after() == null ? null : decision.after().status().name());
        statement.setObject(13, decision.after() == null ? null : decision.after().currentStep(), Types.INTEGER);
    }

    private void bindUpdate(PreparedStatement statement, Applied update) throws SQLException {
        AchievementRow after = update.after();
        RoutingFacts facts = after.facts();
        statement.setString(1, after.status().name());
        statement.setInt(2, after.currentStep());
        statement.setInt(3, update.stepCount());
        statement.setString(4, after.approver() == null ? null : after.approver().name());
        statement.setObject(5, after.routeId(), Types.BIGINT);
        statement.setObject(6, facts.sectionId(), Types.BIGINT);
        statement.setObject(7, facts.departmentId() == 0 ? null : facts.departmentId(), Types.BIGINT);
        statement.setObject(8, facts.mentorId(), Types.BIGINT);
        statement.setObject(9, facts.organiserId(), Types.BIGINT);
        statement.setInt(10, after.points());
        statement.setBoolean(11, update.command().kind() == DecisionKind.SUBMIT);
        statement.setObject(12, update.command().id());
        statement.setLong(13, context.collegeId());
        statement.setLong(14, update.before().id());
        statement.setLong(15, update.before().version());
    }

    private static void batch(Connection connection, String sql, List<Object[]> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (Object[] row : rows) {
                for (int i = 0; i < row.length; i++) {
                    statement.setObject(i + 1, row[i]);
                }
                statement.addBatch();
            }
            statement.executeBatch();
        }
    }

    private record DecisionRow(DecisionCommand command, AchievementRow row, DecisionOutcome outcome,
                               AchievementRow after) {
    }

    private record Applied(DecisionCommand command, AchievementRow before, AchievementRow after, int stepCount) {
    }
}
