package org.studenthub.core.mentor;

import java.time.LocalDate;

/**
 * A mentor assignment as services return it; {@code version} is passed back when ending it.
 *
 * @param endsOn the last day of mentoring, or null while active
 */
public record MentorAssignmentView(long id, long teacherId, long studentId, LocalDate startsOn, LocalDate endsOn,
                                   MentorStatus status, long version) {}
