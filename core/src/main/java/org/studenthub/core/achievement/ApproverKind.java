package org.studenthub.core.achievement;

/**
 * Who decides one step of a category's approval chain. When an achievement reaches a step, {@link Routing}
 * turns the kind into a route id: the organiser's user id, the mentor's teacher id, the student's section or
 * department id, or 0 for the principal.
 */
public enum ApproverKind {
    /** The organiser of the event the achievement names (the step does not apply without an event). */
    EVENT_ORGANISER,
    /** The student's active mentor (the head of department decides when there is none). */
    MENTOR,
    /** Faculty of the student's section (the head of department decides when the student has none). */
    SECTION_FACULTY,
    /** Head of the department of the student's programme. */
    HEAD_OF_DEPARTMENT,
    /** Whoever approves college-wide: the principal. */
    PRINCIPAL
}
