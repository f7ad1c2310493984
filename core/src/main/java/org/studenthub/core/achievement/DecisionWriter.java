package org.studenthub.core.achievement;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.studenthub.core.audit.Audit;
import org.studenthub.core.common.StudentHubException;
import org.studenthub.core.db.Vendor;
import org.studenthub.core.tenancy.CollegeContext;

/**
 * Writes the decisions of one batch set-based: one multi-row INSERT of the decision rows, the achievements'
 * new states (each guarded by the version the decision saw) and one multi-row INSERT of the notifications.
 * Decision rows are written first: on PostgreSQL a trigger accepts an achievement's new state only when its
 * decision row names it. On PostgreSQL the new states are one {@code UPDATE ... FROM (VALUES ...)}, so the
 * audit triggers run once per statement, not once per decision; on the embedded database each update is
 * audited by the core row by row.
 */
final class DecisionWriter {
    private static final String DECISION_COLUMNS = "INSERT INTO achievement_decision (decision_uuid, college_id,"
            + " achievement_id, student_id, step_no, decision, comment_text, decided_by, decided_at, seen_version,"
            + " outcome, to_status, to_step) VALUES ";
    private static final String DECISION_ROW = "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String NOTIFICATION_COLUMNS = "INSERT INTO notification (college_id, recipient, kind,"
            + " achievement_id) VALUES ";
    private static final String NOTIFICATION_ROW = "(?, ?, ?, ?)";
    private static final String SET_NEW_STATE = "status = ?, current_step = ?, step_count = ?, approver_kind = ?,"
            + " route_id = ?, section_id = ?, department_id = ?, mentor_id = ?, organiser_id = ?, points = ?,"
            + " submitted_at = CASE WHEN ? THEN CURRENT_TIMESTAMP ELSE submitted_at END,"
            + " decided_at = CURRENT_TIMESTAMP, last_decision = ?, version = version + 1, updated_at = CURRENT_TIMESTAMP";
    private static final String UPDATE_ONE = "UPDATE achievement SET " + SET_NEW_STATE
            + " WHERE college_id = ? AND id = ? AND version = ?";
    private static final String UPDATE_MANY = "UPDATE achievement a SET status = v.status, current_step = v.step,"
            + " step_count = v.step_count, approver_kind = v.approver, route_id = v.route, section_id = v.section,"
            + " department_id = v.department, mentor_id = v.mentor, organiser_id = v.organiser, points = v.points,"
            + " submitted_at = CASE WHEN v.submitted THEN CURRENT_TIMESTAMP ELSE a.submitted_at END,"
            + " decided_at = CURRENT_TIMESTAMP, last_decision = v.decision, version = a.version + 1,"
            + " updated_at = CURRENT_TIMESTAMP FROM (VALUES %s) AS v(id, seen, status, step, step_count, approver,"
            + " route, section, department, mentor, organiser, points, submitted, decision)"
            + " WHERE a.college_id = ? AND a.id = v.id AND a.version = v.seen RETURNING a.id";
    private static final String UPDATE_MANY_ROW = "(?::bigint, ?::bigint, ?::varchar, ?::integer, ?::integer,"
            + " ?::varchar, ?::bigint, ?::bigint, ?::bigint, ?::bigint, ?::bigint, ?::integer, ?::boolean, ?::uuid)";
    /** Rows per multi-row statement: well under the 32,767 parameters a PostgreSQL statement may carry. */
    private static final int ROWS_PER_STATEMENT = 500;

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
        decisions.add(new DecisionRow(command, row, DecisionOutcome.CONFLICT, null));
    }

    /** A decision applied: its row, the achievement's new state and who to tell. */
    void applied(DecisionCommand command, AchievementRow before, AchievementRow after, int stepCount) {
        decisions.add(new DecisionRow(command, before, DecisionOutcome.APPLIED, after));
        updates.add(new Applied(command, before, after, stepCount));
        for (Notices.Notice notice : Notices.of(command.kind(), before, after)) {
            notifications.add(new Object[] {context.collegeId(), notice.recipient(), notice.kind(), before.id()});
        }
    }

    void write(Connection connection) throws SQLException {
        for (List<DecisionRow> chunk : chunks(decisions)) {
            try (PreparedStatement insert = connection.prepareStatement(DECISION_COLUMNS + rows(DECISION_ROW, chunk.size()))) {
                int next = 1;
                for (DecisionRow decision : chunk) {
                    next = bindDecision(insert, next, decision);
                }
                insert.executeUpdate();
            }
        }
        if (Vendor.fromProductName(connection.getMetaData().getDatabaseProductName()) == Vendor.POSTGRESQL) {
            updateSetBased(connection);
        } else {
            updateRowByRow(connection, updates);
        }
        for (List<Object[]> chunk : chunks(notifications)) {
            try (PreparedStatement insert = connection.prepareStatement(NOTIFICATION_COLUMNS
                    + rows(NOTIFICATION_ROW, chunk.size()))) {
                int next = 1;
                for (Object[] row : chunk) {
                    for (Object value : row) {
                        insert.setObject(next++, value);
                    }
                }
                insert.executeUpdate();
            }
        }
    }

    /** PostgreSQL: one UPDATE per chunk; every achievement must still be at the version its decision saw. */
    private void updateSetBased(Connection connection) throws SQLException {
        for (List<Applied> chunk : chunks(updates)) {
            // an achievement decided twice in one batch moves twice: later decisions go to the next statement
            List<Applied> now = new ArrayList<>();
            List<Applied> later = new ArrayList<>();
            Set<Long> seen = new HashSet<>();
            for (Applied update : chunk) {
                (seen.add(update.before().id()) ? now : later).add(update);
            }
            for (List<Applied> round = now; !round.isEmpty(); round = nextRound(later)) {
                updateRound(connection, round);
            }
        }
    }

    private static List<Applied> nextRound(List<Applied> later) {
        List<Applied> round = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        for (var it = later.iterator(); it.hasNext(); ) {
            Applied update = it.next();
            if (seen.add(update.before().id())) {
                round.add(update);
                it.remove();
            }
        }
        return round;
    }

    private void updateRound(Connection connection, List<Applied> round) throws SQLException {
        if (round.size() == 1) {
            // one row: the plain UPDATE by primary key, whose plan cannot go wrong
            updateRowByRow(connection, round);
            return;
        }
        String sql = String.format(UPDATE_MANY, rows(UPDATE_MANY_ROW, round.size()));
        Set<Long> changed = new HashSet<>();
        try (PreparedStatement update = connection.prepareStatement(sql)) {
            int next = 1;
            for (Applied applied : round) {
                update.setLong(next++, applied.before().id());
                update.setLong(next++, applied.before().version());
                next = bindNewState(update, next, applied);
            }
            update.setLong(next, context.collegeId());
            try (ResultSet rs = update.executeQuery()) {
                while (rs.next()) {
                    changed.add(rs.getLong(1));
                }
            }
        }
        for (Applied applied : round) {
            if (!changed.contains(applied.before().id())) {
                throw new StudentHubException("achievement.decision.lost_update", applied.before().id());
            }
        }
    }

    /** One UPDATE per decision, each audited by the core on the embedded database (by triggers on PostgreSQL). */
    private void updateRowByRow(Connection connection, List<Applied> rows) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(UPDATE_ONE)) {
            for (Applied applied : rows) {
                Audit.RowChange audit = Audit.row(connection, context, "achievement", applied.before().id());
                int next = bindNewState(update, 1, applied);
                update.setLong(next++, context.collegeId());
                update.setLong(next++, applied.before().id());
                update.setLong(next, applied.before().version());
                if (update.executeUpdate() == 0) {
                    throw new StudentHubException("achievement.decision.lost_update", applied.before().id());
                }
                audit.record();
            }
        }
    }

    private int bindDecision(PreparedStatement statement, int first, DecisionRow decision) throws SQLException {
        DecisionCommand command = decision.command();
        int i = first;
        statement.setObject(i++, command.id());
        statement.setLong(i++, context.collegeId());
        statement.setLong(i++, decision.row().id());
        statement.setLong(i++, decision.row().studentId());
        statement.setInt(i++, decision.row().currentStep());
        statement.setString(i++, command.kind().name());
        statement.setString(i++, command.comment());
        statement.setLong(i++, deciderId);
        statement.setTimestamp(i++, Timestamp.from(command.decidedAt()));
        statement.setLong(i++, command.seenVersion());
        statement.setString(i++, decision.outcome().name());
        statement.setString(i++, decision.after() == null ? null : decision.after().status().name());
        statement.setObject(i++, decision.after() == null ? null : decision.after().currentStep(), Types.INTEGER);
        return i;
    }

    /** Binds the twelve values of an achievement's new state, in the order of {@link #SET_NEW_STATE}. */
    private static int bindNewState(PreparedStatement statement, int first, Applied update) throws SQLException {
        AchievementRow after = update.after();
        RoutingFacts facts = after.facts();
        int i = first;
        statement.setString(i++, after.status().name());
        statement.setInt(i++, after.currentStep());
        statement.setInt(i++, update.stepCount());
        statement.setString(i++, after.approver() == null ? null : after.approver().name());
        statement.setObject(i++, after.routeId(), Types.BIGINT);
        statement.setObject(i++, facts.sectionId(), Types.BIGINT);
        statement.setObject(i++, facts.departmentId() == 0 ? null : facts.departmentId(), Types.BIGINT);
        statement.setObject(i++, facts.mentorId(), Types.BIGINT);
        statement.setObject(i++, facts.organiserId(), Types.BIGINT);
        statement.setInt(i++, after.points());
        statement.setBoolean(i++, update.command().kind() == DecisionKind.SUBMIT);
        statement.setObject(i++, update.command().id());
        return i;
    }

    private static String rows(String row, int count) {
        return String.join(", ", Collections.nCopies(count, row));
    }

    private static <T> List<List<T>> chunks(List<T> all) {
        List<List<T>> chunks = new ArrayList<>();
        for (int from = 0; from < all.size(); from += ROWS_PER_STATEMENT) {
            chunks.add(all.subList(from, Math.min(all.size(), from + ROWS_PER_STATEMENT)));
        }
        return chunks;
    }

    private record DecisionRow(DecisionCommand command, AchievementRow row, DecisionOutcome outcome,
                               AchievementRow after) {
    }

    private record Applied(DecisionCommand command, AchievementRow before, AchievementRow after, int stepCount) {
    }
}
