package org.studenthub.core.student.search;

import org.studenthub.core.student.StudentStatus;

/** One line of the student list: enough to show and to open the student. */
public record StudentRow(long id, String studentNumber, String givenName, String familyName, String preferredName,
                         StudentStatus status, long programmeId, Long sectionId) {}
