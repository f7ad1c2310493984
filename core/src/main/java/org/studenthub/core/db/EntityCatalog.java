package org.studenthub.core.db;

import java.util.List;

/**
 * Every Hibernate entity of StudentHub, in one place. A new entity is added here; the schema
 * validation at start then checks it against the Flyway-managed tables.
 */
final class EntityCatalog {
    static final List<Class<?>> ENTITIES = List.of(
            org.studenthub.core.college.College.class,
            org.studenthub.core.department.Department.class,
            // records-a: programmes, courses, calendar, sections, teachers
            org.studenthub.core.programme.Programme.class,
            org.studenthub.core.course.Course.class,
            org.studenthub.core.calendar.AcademicYear.class,
            org.studenthub.core.calendar.Term.class,
            org.studenthub.core.section.Section.class,
            org.studenthub.core.teacher.Teacher.class,
            org.studenthub.core.teacher.TeachingAssignment.class,
            // records-c: enrolment, mentoring, attendance
            org.studenthub.core.enrolment.Enrolment.class,
            org.studenthub.core.mentor.MentorAssignment.class,
            org.studenthub.core.attendance.AttendanceSession.class,
            org.studenthub.core.attendance.AttendanceMark.class,
            // student records (core.student)
            org.studenthub.core.student.Student.class,
            org.studenthub.core.student.Guardian.class);

    private EntityCatalog() {}
}
