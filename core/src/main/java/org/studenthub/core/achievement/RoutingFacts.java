package org.studenthub.core.achievement;

/**
 * The student's situation that routes an achievement, read when it is submitted and kept on it: later steps
 * are routed by these, so an approver never needs to read the student's record to pass it on.
 *
 * @param sectionId    the student's current section, or null
 * @param departmentId the department of the student's programme
 * @param mentorId     the teacher id of the student's active mentor, or null
 * @param organiserId  the user id of the organiser of the achievement's event, or null without an event
 */
public record RoutingFacts(Long sectionId, long departmentId, Long mentorId, Long organiserId) {
}
