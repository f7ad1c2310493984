package org.studenthub.core.attendance;

/** One recorded mark as services return it. */
public record AttendanceMarkView(long id, long sessionId, long studentId, Mark mark, String note, long version) {}
