package org.studenthub.core.achievement;

import java.time.Instant;
import java.util.UUID;

/** One recorded decision, as the achievement's history shows it. */
public record DecisionView(UUID id, int step, DecisionKind kind, String comment, String decidedBy, Instant decidedAt,
                           long seenVersion, DecisionOutcome outcome, AchievementStatus toStatus) {
}
