package org.studenthub.core.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.studenthub.core.attendance.AttendanceMarkView;
import org.studenthub.core.attendance.AttendanceService;
import org.studenthub.core.attendance.AttendanceSessionView;
import org.studenthub.core.attendance.Mark;
import org.studenthub.core.attendance.MarkEntry;
import org.studenthub.core.attendance.NewAttendanceSession;
import org.studenthub.core.common.Page;
import org.studenthub.core.common.PageRequest;
import org.studenthub.core.enrolment.EnrolmentService;
import org.studenthub.core.enrolment.NewEnrolment;
import org.studenthub.core.enrolment.RecordsFixture;
import org.studenthub.core.mentor.MentorAssignmentView;
import org.studenthub.core.mentor.MentorService;
import org.studenthub.core.mentor.NewMentorAssignment;
import org.studenthub.core.student.GuardianService;
import org.studenthub.core.student.NewStudent;
import org.studenthub.core.student.StudentService;
import org.studenthub.core.student.search.StudentQuery;
import org.studenthub.core.student.search.StudentRow;
import org.studenthub.core.student.search.StudentSearch;
import org.studenthub.core.tenancy.CollegeContext;
import org.studenthub.core.testing.DatabaseTest;
import org.studenthub.core.testing.TestAccess;
import org.studenthub.core.testing.TestDatabase;

/** Callers below COLLEGE scope reach only their students, in single reads, lists, searches and writes. */
class StudentScopeTest {
    private static final LocalDate START = RecordsFixture.YEAR_START;
    private static final LocalDate MONDAY = LocalDate.of(2026, 9, 7);

    /**
     * Department CS (programme BSC-CS, sections 1A and 1B) and department MA (programme BSC-MA, section
     * 2A); students S1, S2 in 1A, S3 in 1B, S4, S5 in 2A, each enrolled in their section for term T1;
     * teacher T1 mentors S1 and S4 and used to mentor S2.
     */
    private record Campus(TestDatabase db, CollegeContext college, RecordsFixture f, long mathDepartment,
                          long section1B, long section2A, long[] students, long mentor) {
        static Campus build(TestDatabase db) {
            CollegeContext college = db.newCollege();
            RecordsFixture f = new RecordsFixture(db, college);
            long math = f.department("MA");
            long mathProgramme = f.programme("BSC-MA", math);
            long section1B = f.section("1B", f.programmeId);
            long section2A = f.section("2A", mathProgramme);
            long[][] placement = {{f.programmeId, f.sectionId}, {f.programmeId, f.sectionId},
                {f.programmeId, section1B}, {mathProgramme, section2A}, {mathProgramme, section2A}};
            long[] students = new long[placement.length];
            EnrolmentService enrolments = new EnrolmentService(db.transactions());
            for (int i = 0; i < placement.length; i++) {
                // through the service, so that the names are indexed for search
                students[i] = new StudentService(db.transactions()).create(college, new NewStudent("S" + (i + 1),
                        "Given" + (i + 1), "Family" + (i + 1), null, null, null, null, null, null, null, null, START,
                        placement[i][0], placement[i][1])).id();
                enrolments.enrol(college, new NewEnrolment(students[i], placement[i][0], placement[i][1], f.termId,
                        START));
            }
            long teacher = f.teacher("T1");
            MentorService mentors = new MentorService(db.transactions());
            mentors.assign(college, new NewMentorAssignment(teacher, students[0], START));
            mentors.assign(college, new NewMentorAssignment(teacher, students[3], START));
            MentorAssignmentView ended = mentors.assign(college, new NewMentorAssignment(teacher, students[1], START));
            mentors.end(college, ended.id(), ended.version(), START.plusDays(10));
            return new Campus(db, college, f, math, section1B, section2A, students, teacher);
        }

        long student(int number) {
            return students[number - 1];
        }

        CollegeContext as(Access access) {
            return TestDatabase.contextWith(college, access);
        }

        List<String> search(CollegeContext caller, String text, int pageSize) {
            StudentSearch search = new StudentSearch(db.transactions());
            List<String> numbers = new ArrayList<>();
            String after = null;
            do {
                Page<StudentRow> page = search.search(caller, StudentQuery.of(text), new PageRequest(pageSize, after));
                page.items().forEach(row -> numbers.add(row.studentNumber()));
                after = page.nextCursor();
            } while (after != null);
            return numbers;
        }
    }

    @DatabaseTest
    void aStudentReadsTheirOwnRecordAndNoOneElses(TestDatabase db) {
        Campus c = Campus.build(db);
        CollegeContext me = c.as(TestAccess.at(Scope.SELF, c.student(1), null,
                Permission.STUDENT_READ, Permission.RECORDS_READ));
        StudentService students = new StudentService(db.transactions());

        assertThat(students.get(me, c.student(1)).studentNumber()).isEqualTo("S1");
        assertThat(new EnrolmentService(db.transactions()).listByStudent(me, c.student(1))).hasSize(1);
        assertThat(c.search(me, "", 20)).containsExactly("S1");
        assertThat(c.search(me, "family", 20)).containsExactly("S1");
        assertThat(c.search(me, "S2", 20)).isEmpty();
        assertThatThrownBy(() -> students.get(me, c.student(2)))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessageContaining("student \"S2\"").hasMessageContaining("student.read");
        assertThatThrownBy(() -> students.getByNumber(me, "S2")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> new GuardianService(db.transactions()).listForStudent(me, c.student(2)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @DatabaseTest
    void aMentorFindsOnlyTheirCurrentMenteesAndIsRefusedOtherStudents(TestDatabase db) {
        Campus c = Campus.build(db);
        CollegeContext mentor = c.as(TestAccess.at(Scope.ASSIGNED, null, c.mentor(), Permission.STUDENT_READ));
        MentorService mentors = new MentorService(db.transactions());

        assertThat(c.search(mentor, "", 1)).containsExactly("S1", "S4");
        assertThat(c.search(mentor, "family", 1)).containsExactly("S1", "S4");
        assertThat(mentors.menteesOf(mentor, c.mentor(), false, null, 20).items())
                .extracting(MentorAssignmentView::studentId).containsExactly(c.student(1), c.student(4));
        assertThat(mentors.menteesOf(c.college(), c.mentor(), false, null, 20).items()).hasSize(3);
        assertThat(new StudentService(db.transactions()).get(mentor, c.student(4)).studentNumber()).isEqualTo("S4");
        assertThatThrownBy(() -> new StudentService(db.transactions()).get(mentor, c.student(2)))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("student \"S2\"");
        assertThatThrownBy(() -> mentors.mentorsOf(mentor, c.student(3)))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("student \"S3\"");
    }

    @DatabaseTest
    void aHeadOfDepartmentSeesOnlyTheStudentsOfTheirDepartment(TestDatabase db) {
        Campus c = Campus.build(db);
        CollegeContext head = c.as(TestAccess.at(Scope.department(c.f().departmentId), null, null,
                Permission.STUDENT_READ));
        EnrolmentService enrolments = new EnrolmentService(db.transactions());

        assertThat(c.search(head, "", 2)).containsExactly("S1", "S2", "S3");
        assertThat(c.search(head, "given", 2)).containsExactly("S1", "S2", "S3");
        assertThat(enrolments.listBySectionAndTerm(head, c.section2A(), c.f().termId, null, 20).items()).isEmpty();
        assertThat(enrolments.countBySectionAndTerm(head, c.section2A(), c.f().termId)).isZero();
        assertThat(enrolments.countBySectionAndTerm(c.college(), c.section2A(), c.f().termId)).isEqualTo(2);
        assertThat(enrolments.countBySectionAndTerm(head, c.f().sectionId, c.f().termId)).isEqualTo(2);
        assertThatThrownBy(() -> new StudentService(db.transactions()).get(head, c.student(4)))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("student \"S4\"");

        CollegeContext otherHead = c.as(TestAccess.at(Scope.department(c.mathDepartment()), null, null,
                Permission.STUDENT_READ));
        assertThat(c.search(otherHead, "", 20)).containsExactly("S4", "S5");
    }

    @DatabaseTest
    void aFacultyMemberRecordsAttendanceInTheirSectionOnly(TestDatabase db) {
        Campus c = Campus.build(db);
        CollegeContext faculty = c.as(TestAccess.at(Scope.section(c.f().sectionId), null, null,
                Permission.ATTENDANCE_WRITE, Permission.STUDENT_READ));
        AttendanceService attendance = new AttendanceService(db.transactions());

        AttendanceSessionView own = attendance.openSession(faculty, session(c.f().sectionId, c));
        List<AttendanceMarkView> marks = attendance.recordMarks(faculty, own.id(), own.version(), List.of(
                new MarkEntry(c.student(1), Mark.PRESENT, null), new MarkEntry(c.student(2), Mark.ABSENT, null)));
        assertThat(marks).hasSize(2);
        assertThat(attendance.marksOf(faculty, own.id())).hasSize(2);

        assertThatThrownBy(() -> attendance.openSession(faculty, session(c.section2A(), c)))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessageContaining("section \"2A\"").hasMessageContaining("attendance.write");
        AttendanceSessionView other = attendance.openSession(c.college(), session(c.section2A(), c));
        assertThatThrownBy(() -> attendance.recordMarks(faculty, other.id(), other.version(),
                List.of(new MarkEntry(c.student(4), Mark.PRESENT, null))))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("section \"2A\"");
        assertThat(attendance.marksOf(c.college(), other.id())).isEmpty();

        CollegeContext student = c.as(TestAccess.at(Scope.SELF, c.student(2), null, Permission.STUDENT_READ));
        assertThat(attendance.marksOf(student, own.id())).extracting(AttendanceMarkView::studentId)
                .containsExactly(c.student(2));
    }

    @DatabaseTest
    void aSectionScopedWriterCannotMoveAStudentOutOfTheirSection(TestDatabase db) {
        Campus c = Campus.build(db);
        CollegeContext writer = c.as(TestAccess.at(Scope.section(c.f().sectionId), null, null,
                Permission.STUDENT_READ, Permission.STUDENT_WRITE));
        StudentService students = new StudentService(db.transactions());
        long version = students.get(writer, c.student(1)).version();

        assertThatThrownBy(() -> students.moveToSection(writer, c.student(1), version, c.section1B()))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("student \"S1\"");
        assertThat(students.get(c.college(), c.student(1)).sectionId()).isEqualTo(c.f().sectionId);
        assertThatThrownBy(() -> students.moveToSection(writer, c.student(3), 0, c.f().sectionId))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("student \"S3\"");
        long version2 = students.get(writer, c.student(2)).version();
        assertThat(students.moveToSection(writer, c.student(2), version2, c.f().sectionId).sectionId())
                .isEqualTo(c.f().sectionId);
    }

    private static NewAttendanceSession session(long section, Campus c) {
        return new NewAttendanceSession(section, c.f().termId, null, null, MONDAY, 1, "Register");
    }
}
