package org.studenthub.core.achievement;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.studenthub.core.audit.Audit;
import org.studenthub.core.audit.InsertMark;
import org.studenthub.core.common.ConflictException;
import org.studenthub.core.common.Messages;
import org.studenthub.core.common.NotFoundException;
import org.studenthub.core.common.StudentHubException;
import org.studenthub.core.common.ValidationException;
import org.studenthub.core.security.AccessDeniedException;
import org.studenthub.core.security.Permission;
import org.studenthub.core.security.StudentScope;
import org.studenthub.core.tenancy.CollegeContext;

/**
 * Applies the decisions of one transaction, in order: a replayed id changes nothing, a decision on a version
 * the decider did not see is recorded as a conflict, an allowed one moves the achievement (a later decision
 * of the same batch sees the state the earlier one left). A refused decision writes nothing and does not
 * stop the others.
 */
final class DecisionBatch {
    private final Connection connection;
    private final CollegeContext context;
    private final long deciderId;
    private final AchievementRows rows;
    private final ApproverRoutes routes;

    DecisionBatch(Connection connection, CollegeContext context, long deciderId) {
        this.connection = connection;
        this.context = context;
        this.deciderId = deciderId;
        this.rows = new AchievementRows(connection, context.collegeId());
        this.routes = ApproverRoutes.of(context);
    }

    List<BulkDecision> apply(List<DecisionCommand> commands) throws SQLException {
        Map<UUID, AchievementRows.RecordedDecision> recorded =
                rows.recorded(commands.stream().map(DecisionCommand::id).toList());
        Set<Long> ids = new LinkedHashSet<>();
        commands.forEach(command -> ids.add(command.achievementId()));
        Map<Long, AchievementRow> current = rows.lock(ids);
        InsertMark mark = Audit.markInserts(connection, context, "achievement_decision");
        DecisionWriter writer = new DecisionWriter(context, deciderId);
        Map<UUID, DecisionOutcome> seen = new HashMap<>();
        List<BulkDecision> results = new ArrayList<>();
        for (DecisionCommand command : commands) {
            try {
                results.add(new BulkDecision(command, decide(command, recorded, current, seen, writer), null));
            } catch (StudentHubException refused) {
                results.add(new BulkDecision(command, null, refused));
            }
        }
        writer.write(connection);
        mark.audit();
        return results;
    }

    private DecisionResult decide(DecisionCommand command, Map<UUID, AchievementRows.RecordedDecision> recorded,
                                  Map<Long, AchievementRow> current, Map<UUID, DecisionOutcome> seen,
                                  DecisionWriter writer)
            throws SQLException {
        AchievementRow row = current.get(command.achievementId());
        AchievementRows.RecordedDecision before = recorded.get(command.id());
        if (before != null || seen.containsKey(command.id())) {
            return replay(command, before, seen.get(command.id()), row);
        }
        if (row == null) {
            throw new NotFoundException("achievement", command.achievementId());
        }
        checkComment(command);
        authorise(command, row);
        if (row.version() != command.seenVersion()) {
            seen.put(command.id(), DecisionOutcome.CONFLICT);
            writer.conflict(command, row);
            return result(command, DecisionOutcome.CONFLICT, false, row);
        }
        List<ApproverKind> chain = rows.chain(row.categoryId());
        RoutingFacts facts = command.kind() == DecisionKind.SUBMIT
                ? rows.facts(row.studentId(), row.eventId()) : row.facts();
        Transition to = Workflow.next(row.status(), row.currentStep(), command.kind(), chain, facts)
                .orElseThrow(() -> new DecisionNotAllowedException(command.kind(), row.id(), row.status()));
        if (command.kind().atStep() && !routes.decides(row.waitingFor())) {
            throw AccessDeniedException.outOfScope(Permission.ACHIEVEMENT_APPROVE, context.actor(),
                    "achievement " + row.id());
        }
        if (command.kind() == DecisionKind.SUBMIT && chain.isEmpty()) {
            throw new DecisionNotAllowedException("achievement.category.no_chain", row.id());
        }
        if (command.kind() == DecisionKind.SUBMIT) {
            Optional<String> category = rows.missingEvidence(row.categoryId(), row.id());
            if (category.isPresent()) {
                throw new DecisionNotAllowedException("achievement.evidence.required", row.id(), category.get());
            }
        }
        int points = to.awardsPoints() ? rows.points(row.categoryId(), row.level()) : 0;
        AchievementRow after = row.after(to, facts, points);
        seen.put(command.id(), DecisionOutcome.APPLIED);
        writer.applied(command, row, after, command.kind() == DecisionKind.SUBMIT ? chain.size() : row.stepCount());
        current.put(row.id(), after);
        return result(command, DecisionOutcome.APPLIED, false, after);
    }

    private DecisionResult replay(DecisionCommand command, AchievementRows.RecordedDecision before,
                                  DecisionOutcome earlierInBatch, AchievementRow row) {
        if (before != null && (before.achievementId() != command.achievementId() || before.kind() != command.kind())) {
            throw new ConflictException("achievement.decision.id_reused", command.id().toString(),
                    before.achievementId());
        }
        if (row == null) {
            throw new NotFoundException("achievement", command.achievementId());
        }
        DecisionOutcome outcome = before == null ? earlierInBatch : before.outcome();
        return result(command, outcome, true, row);
    }

    private void authorise(DecisionCommand command, AchievementRow row) throws SQLException {
        switch (command.kind()) {
            case SUBMIT, WITHDRAW -> StudentScope.of(context, Permission.ACHIEVEMENT_SUBMIT).check(connection, row.studentId());
            case REVOKE -> {
                refuseOwn(row);
                StudentScope.of(context, Permission.ACHIEVEMENT_REVOKE).check(connection, row.studentId());
            }
            default -> refuseOwn(row);
        }
    }

    private void refuseOwn(AchievementRow row) {
        boolean ownRecord = context.access().studentId().map(id -> id == row.studentId()).orElse(false);
        boolean submittedIt = row.createdBy() != null && row.createdBy() == deciderId;
        if (ownRecord || submittedIt) {
            throw DecisionNotAllowedException.ownAchievement(context.actor(), row.id());
        }
    }

    private static void checkComment(DecisionCommand command) {
        String problem = null;
        if (command.kind().needsComment() && command.comment() == null) {
            problem = Messages.get("achievement.decision.comment_required", command.kind().name().toLowerCase(java.util.Locale.ROOT));
        } else if (command.comment() != null && command.comment().length() > DecisionCommand.MAX_COMMENT) {
            problem = Messages.get("achievement.decision.comment_too_long", DecisionCommand.MAX_COMMENT);
        }
        if (problem != null) {
            throw new ValidationException(List.of(new ValidationException.FieldProblem("comment", problem)));
        }
    }

    private static DecisionResult result(DecisionCommand command, DecisionOutcome outcome, boolean replayed,
                                         AchievementRow row) {
        return new DecisionResult(command.id(), row.id(), outcome, replayed, row.status(),
                row.status().waiting() ? row.currentStep() : 0, row.version());
    }
}
