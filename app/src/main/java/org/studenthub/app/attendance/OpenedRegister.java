package org.studenthub.app.attendance;

import java.util.List;
import org.studenthub.core.attendance.AttendanceMarkView;
import org.studenthub.core.attendance.AttendanceSessionView;

/** A session with the students of its register and the marks stored for them, read together. */
record OpenedRegister(AttendanceSessionView session, List<RosterLine> roster, List<AttendanceMarkView> marks) {}
