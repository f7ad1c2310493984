package org.studenthub.core.achievement;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An achievement as lists and screens show it.
 *
 * @param step       the step it waits at (0 when it waits for nobody), of {@code stepCount}
 * @param waitingFor who decides the current step, or null
 * @param version    pass back with edits and decisions
 */
public record AchievementView(long id, long studentId, String studentNumber, String studentName, String categoryCode,
                              String categoryName, Level level, String title, String description, String issuer,
                              Long eventId, LocalDate startsOn, LocalDate endsOn, String links,
                              AchievementStatus status, int step, int stepCount, ApproverKind waitingFor, int points,
                              Instant submittedAt, Instant decidedAt, long version) {
}
