package org.studenthub.core.achievement;

import java.util.UUID;

/**
 * What a decision did.
 *
 * @param id       the decision's id
 * @param outcome  applied, or recorded as a conflict (the achievement changed since the decider saw it)
 * @param replayed true when this decision id had been applied before and nothing changed now
 * @param status   the achievement's status now
 * @param step     the step it waits at now (0 when it waits for nobody)
 * @param version  its version now
 */
public record DecisionResult(UUID id, long achievementId, DecisionOutcome outcome, boolean replayed,
                             AchievementStatus status, int step, long version) {
}
