package org.studenthub.core.attendance;

import java.time.LocalDate;

/**
 * An attendance session as services return it; {@code version} is passed back when recording marks.
 *
 * @param courseId  the course taught, or null
 * @param teacherId the teacher who held it, or null
 */
public record AttendanceSessionView(long id, long sectionId, long termId, Long courseId, Long teacherId,
                                    LocalDate heldOn, int periodNo, String topic, long version) {}
