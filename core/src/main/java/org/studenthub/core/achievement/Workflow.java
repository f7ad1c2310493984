package org.studenthub.core.achievement;

import java.util.List;
import java.util.Optional;

/**
 * The achievement state machine, without the database: which decision is allowed in which status, and
 * where it leads.
 * <pre>
 *   DRAFT, RETURNED --SUBMIT--> SUBMITTED (first step that applies)
 *   SUBMITTED, IN_REVIEW --APPROVE--> IN_REVIEW (next step that applies) or APPROVED (last step)
 *   SUBMITTED, IN_REVIEW --REJECT--> REJECTED;  --RETURN--> RETURNED
 *   APPROVED --REVOKE--> REVOKED
 *   DRAFT, SUBMITTED, IN_REVIEW, RETURNED --WITHDRAW--> WITHDRAWN
 * </pre>
 */
final class Workflow {
    private Workflow() {}

    /**
     * The transition of {@code kind} from {@code status}, or empty when the decision does not apply there.
     *
     * @param currentStep the step the achievement waits at (for approvals)
     * @param chain       its category's approval chain
     * @param facts       what routes it (read at submission)
     */
    static Optional<Transition> next(AchievementStatus status, int currentStep, DecisionKind kind,
                                     List<ApproverKind> chain, RoutingFacts facts) {
        return switch (kind) {
            case SUBMIT -> status.editable()
                    ? Optional.of(waiting(AchievementStatus.SUBMITTED, Routing.atSubmission(chain, facts)))
                    : Optional.empty();
            case APPROVE -> status.waiting() ? Optional.of(Routing.from(chain, currentStep + 1, facts)
                    .map(route -> waiting(AchievementStatus.IN_REVIEW, route))
                    .orElseGet(() -> new Transition(AchievementStatus.APPROVED, currentStep, null, true)))
                    : Optional.empty();
            case REJECT -> status.waiting()
                    ? Optional.of(new Transition(AchievementStatus.REJECTED, currentStep, null, false))
                    : Optional.empty();
            case RETURN -> status.waiting()
                    ? Optional.of(new Transition(AchievementStatus.RETURNED, 0, null, false))
                    : Optional.empty();
            case REVOKE -> status == AchievementStatus.APPROVED
                    ? Optional.of(new Transition(AchievementStatus.REVOKED, currentStep, null, false))
                    : Optional.empty();
            case WITHDRAW -> status.editable() || status.waiting()
                    ? Optional.of(new Transition(AchievementStatus.WITHDRAWN, 0, null, false))
                    : Optional.empty();
        };
    }

    private static Transition waiting(AchievementStatus status, Route route) {
        return new Transition(status, route.step(), route, false);
    }
}
