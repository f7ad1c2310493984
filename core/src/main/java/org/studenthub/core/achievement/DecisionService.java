package org.studenthub.core.achievement;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.studenthub.core.db.Transactions;
import org.studenthub.core.security.Permission;
import org.studenthub.core.tenancy.CollegeContext;

/**
 * Decisions on achievements: the only way their status changes. Every decision is a row with the client's
 * id, the step, the comment, the decider, the time and the version the decider saw; applying the same id
 * again changes nothing, and a decision on a version that is no longer current is recorded as a conflict and
 * changes nothing. The offline replica replays its outbox through {@link #decideAll}.
 *
 * <p>Who may decide: the student (or staff with {@code achievement.submit} reaching them) submits and
 * withdraws; the approver the current step waits for ({@link ApproverRoutes}) approves, rejects or returns;
 * holders of {@code achievement.revoke} reaching the student revoke an approval. Nobody decides an achievement
 * that is theirs or that they submitted. See {@link Workflow} for the transitions.
 */
public final class DecisionService {
    /** Decisions per transaction in a bulk call. */
    static final int BATCH = 500;

    private final Transactions transactions;

    public DecisionService(Transactions transactions) {
        this.transactions = transactions;
    }

    /**
     * Applies one decision, or throws why it was refused: AccessDeniedException (role, scope, own
     * achievement), DecisionNotAllowedException (not in this status), ValidationException (missing reason),
     * NotFoundException. A stale version is not an error: the result's outcome is CONFLICT.
     */
    public DecisionResult decide(CollegeContext context, DecisionCommand command) {
        CollegeContext.require(context, permissionFor(command.kind()));
        BulkDecision one = decideAll(context, List.of(command)).get(0);
        if (one.refused()) {
            throw one.refusal();
        }
        return one.result();
    }

    /**
     * Applies decisions in order, each on its own (a refused one is reported and the others still apply),
     * {@value #BATCH} per transaction. The caller needs the permission of every kind of decision in the list.
     */
    public List<BulkDecision> decideAll(CollegeContext context, List<DecisionCommand> commands) {
        CollegeContext.require(context, commands.isEmpty() ? Permission.ACHIEVEMENT_SUBMIT
                : permissionFor(commands.get(0).kind()));
        Set<Permission> needed = EnumSet.noneOf(Permission.class);
        commands.forEach(command -> needed.add(permissionFor(command.kind())));
        needed.forEach(context::require);
        long decider = context.access().userId().orElseThrow(() -> DecisionNotAllowedException.noPerson(context.actor()));
        List<BulkDecision> results = new ArrayList<>(commands.size());
        for (int from = 0; from < commands.size(); from += BATCH) {
            List<DecisionCommand> chunk = commands.subList(from, Math.min(commands.size(), from + BATCH));
            results.addAll(transactions.jdbcInCollege(context, c -> new DecisionBatch(c, context, decider).apply(chunk)));
        }
        return results;
    }

    static Permission permissionFor(DecisionKind kind) {
        return switch (kind) {
            case SUBMIT, WITHDRAW -> Permission.ACHIEVEMENT_SUBMIT;
            case APPROVE, REJECT, RETURN -> Permission.ACHIEVEMENT_APPROVE;
            case REVOKE -> Permission.ACHIEVEMENT_REVOKE;
        };
    }
}
