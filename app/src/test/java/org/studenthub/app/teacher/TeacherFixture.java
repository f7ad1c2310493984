package org.studenthub.app.teacher;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import org.studenthub.app.session.Session;
import org.studenthub.core.teacher.NewTeacher;
import org.studenthub.core.teacher.TeacherView;

/** Teachers made for a test in the shared demo college, each with a staff number no other test uses. */
final class TeacherFixture {
    private static final AtomicInteger NEXT = new AtomicInteger();

    private TeacherFixture() {}

    static String staffNumber(String prefix) {
        return prefix + "-" + ProcessHandle.current().pid() + "-" + NEXT.incrementAndGet();
    }

    static TeacherView newTeacher(Session session, String familyName) {
        long department = session.services().departments().list(session.college()).get(0).id();
        return session.services().teachers().create(session.college(), new NewTeacher(staffNumber("VM"), "Test",
                familyName, null, null, null, department, LocalDate.of(2020, 9, 1)));
    }
}
