package org.studenthub.core.achievement;

/**
 * The state a decision moves an achievement to.
 *
 * @param status the new status
 * @param step   the new current step (0 when nobody is asked)
 * @param waitingFor who it waits for next, or null when it waits for nobody
 * @param awardsPoints true when the decision approves it finally (its points are then set)
 */
record Transition(AchievementStatus status, int step, Route waitingFor, boolean awardsPoints) {
}
