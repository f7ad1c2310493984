package org.studenthub.core.enrolment;

import java.time.LocalDate;

/**
 * An enrolment as services return it; {@code version} is passed back with status changes.
 *
 * @param endedOn the day the enrolment stopped being ENROLLED, or null while it is open
 */
public record EnrolmentView(long id, long studentId, long programmeId, long sectionId, long termId,
                            EnrolmentStatus status, LocalDate enrolledOn, LocalDate endedOn, long version) {}
