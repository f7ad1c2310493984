package org.studenthub.core.achievement;

/** An achievement's workflow state as read (and locked) by a decision. */
record AchievementRow(long id, long studentId, long categoryId, Level level, AchievementStatus status,
                      int currentStep, int stepCount, ApproverKind approver, Long routeId, RoutingFacts facts,
                      Long eventId, Long createdBy, int points, long version) {

    /** The row after {@code decision} applied {@code to} it. */
    AchievementRow after(Transition to, RoutingFacts routedBy, int newPoints) {
        Route next = to.waitingFor();
        return new AchievementRow(id, studentId, categoryId, level, to.status(), to.step(), stepCount,
                next == null ? null : next.approver(), next == null ? null : next.routeId(), routedBy, eventId,
                createdBy, newPoints, version + 1);
    }

    /** Who it waits for, or null. */
    Route waitingFor() {
        return approver == null || routeId == null ? null : new Route(currentStep, approver, routeId);
    }
}
