package org.studenthub.core.attendance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.studenthub.core.common.ConflictException;
import org.studenthub.core.common.NotFoundException;
import org.studenthub.core.common.ValidationException;
import org.studenthub.core.enrolment.EnrolmentService;
import org.studenthub.core.enrolment.EnrolmentStatus;
import org.studenthub.core.enrolment.EnrolmentView;
import org.studenthub.core.enrolment.NewEnrolment;
import org.studenthub.core.enrolment.RecordsFixture;
import org.studenthub.core.testing.DatabaseTest;
import org.studenthub.core.testing.TestDatabase;
import org.studenthub.core.tenancy.CollegeContext;

class AttendanceServiceTest {
    private static final LocalDate START = RecordsFixture.YEAR_START;
    private static final LocalDate MONDAY = LocalDate.of(2026, 9, 7);

    /** A college with section 1A, term T1 and the given number of enrolled students. */
    private record Register(CollegeContext college, RecordsFixture fixture, AttendanceService attendance,
                            List<Long> students) {
        static Register with(TestDatabase db, CollegeContext college, int students) {
            RecordsFixture f = new RecordsFixture(db, college);
            EnrolmentService enrolments = new EnrolmentService(db.transactions());
            List<Long> ids = new ArrayList<>();
            for (int i = 1; i <= students; i++) {
                long student = f.student("S" + i);
                enrolments.enrol(college, new NewEnrolment(student, f.programmeId, f.sectionId, f.termId, START));
                ids.add(student);
            }
            return new Register(college, f, new AttendanceService(db.transactions()), ids);
        }

        AttendanceSessionView open(LocalDate day, int period) {
            return attendance.openSession(college, new NewAttendanceSession(fixture.sectionId, fixture.termId, null,
                    null, day, period, "Topic " + day + "/" + period));
        }
    }

    @DatabaseTest
    void secondSessionOnTheSameDateAndPeriodIsAConflictNamingTheSection(TestDatabase db) {
        Register r = Register.with(db, db.newCollege(), 0);
        r.open(MONDAY, 1);

        assertThatThrownBy(() -> r.open(MONDAY, 1))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("Section \"1A\" already has an attendance session on 2026-09-07, period 1");
        assertThat(r.open(MONDAY, 2).periodNo()).isEqualTo(2);
    }

    @DatabaseTest
    void recordedMarksAreListedByStudent(TestDatabase db) {
        Register r = Register.with(db, db.newCollege(), 3);
        AttendanceSessionView session = r.open(MONDAY, 1);
        List<Long> s = r.students();

        List<AttendanceMarkView> marks = r.attendance().recordMarks(r.college(), session.id(), session.version(),
                List.of(new MarkEntry(s.get(2), Mark.ABSENT, "ill"), new MarkEntry(s.get(0), Mark.PRESENT, null),
                        new MarkEntry(s.get(1), Mark.LATE, " bus ")));

        assertThat(marks).extracting(AttendanceMarkView::studentId).containsExactlyElementsOf(s);
        assertThat(marks).extracting(AttendanceMarkView::mark).containsExactly(Mark.PRESENT, Mark.LATE, Mark.ABSENT);
        assertThat(marks).extracting(AttendanceMarkView::note).containsExactly(null, "bus", "ill");
        assertThat(r.attendance().marksOf(r.college(), session.id())).isEqualTo(marks);
    }

    @DatabaseTest
    void recordingAgainUpdatesOnlyChangedMarksAndBumpsTheirVersion(TestDatabase db) {
        Register r = Register.with(db, db.newCollege(), 3);
        AttendanceSessionView session = r.open(MONDAY, 1);
        List<Long> s = r.students();
        List<AttendanceMarkView> first = r.attendance().recordMarks(r.college(), session.id(), session.version(),
                List.of(new MarkEntry(s.get(0), Mark.PRESENT, null), new MarkEntry(s.get(1), Mark.ABSENT, null)));
        long sessionVersion = r.attendance().getSession(r.college(), session.id()).version();

        List<AttendanceMarkView> second = r.attendance().recordMarks(r.college(), session.id(), sessionVersion,
                List.of(new MarkEntry(s.get(0), Mark.PRESENT, null), new MarkEntry(s.get(1), Mark.EXCUSED, "note"),
                        new MarkEntry(s.get(2), Mark.LATE, null)));

        assertThat(second).hasSize(3);
        assertThat(second.get(0)).isEqualTo(first.get(0));
        assertThat(second.get(1).id()).isEqualTo(first.get(1).id());
        assertThat(second.get(1).mark()).isEqualTo(Mark.EXCUSED);
        assertThat(second.get(1).version()).isGreaterThan(first.get(1).version());
        assertThat(r.attendance().getSession(r.college(), session.id()).version()).isGreaterThan(sessionVersion);
    }

    @DatabaseTest
    void registerSavedFromAStaleCopyFailsNamingTheSession(TestDatabase db) {
        Register r = Register.with(db, db.newCollege(), 1);
        AttendanceSessionView session = r.open(MONDAY, 1);
        long student = r.students().get(0);
        r.attendance().recordMarks(r.college(), session.id(), session.version(),
                List.of(new MarkEntry(student, Mark.PRESENT, null)));

        assertThatThrownBy(() -> r.attendance().recordMarks(r.college(), session.id(), session.version(),
                List.of(new MarkEntry(student, Mark.ABSENT, null))))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("attendance session \"1A 2026-09-07 #1\" was changed by someone else");
        assertThat(r.attendance().marksOf(r.college(), session.id())).extracting(AttendanceMarkView::mark)
                .containsExactly(Mark.PRESENT);
    }

    @DatabaseTest
    void marksForStudentsNotEnrolledOnTheDayAreRejectedNamingThemAndNothingIsSaved(TestDatabase db) {
        CollegeContext college = db.newCollege();
        Register r = Register.with(db, college, 2);
        RecordsFixture f = r.fixture();
        long otherSectionStudent = f.student("B1");
        new EnrolmentService(db.transactions()).enrol(college,
                new NewEnrolment(otherSectionStudent, f.programmeId, f.section("1B"), f.termId, START));
        EnrolmentService enrolments = new EnrolmentService(db.transactions());
        long withdrawnStudent = r.students().get(1);
        EnrolmentView enrolment = enrolments.listByStudent(college, withdrawnStudent).get(0);
        enrolments.changeStatus(college, enrolment.id(), enrolment.version(), EnrolmentStatus.WITHDRAWN,
                MONDAY.minusDays(1));
        AttendanceSessionView session = r.open(MONDAY, 1);

        assertThatThrownBy(() -> r.attendance().recordMarks(college, session.id(), session.version(), List.of(
                new MarkEntry(r.students().get(0), Mark.PRESENT, null),
                new MarkEntry(withdrawnStudent, Mark.ABSENT, null),
                new MarkEntry(otherSectionStudent, Mark.PRESENT, null))))
                .isInstanceOf(NotEnrolledException.class)
                .hasMessageContaining("Students " + withdrawnStudent + ", " + otherSectionStudent
                        + " were not enrolled");
        assertThat(r.attendance().marksOf(college, session.id())).isEmpty();
    }

    @DatabaseTest
    void aStudentListedTwiceInOneRegisterIsRejected(TestDatabase db) {
        Register r = Register.with(db, db.newCollege(), 1);
        AttendanceSessionView session = r.open(MONDAY, 1);
        long student = r.students().get(0);

        assertThatThrownBy(() -> r.attendance().recordMarks(r.college(), session.id(), session.version(), List.of(
                new MarkEntry(student, Mark.PRESENT, null), new MarkEntry(student, Mark.ABSENT, null))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems())
                        .extracting(ValidationException.FieldProblem::field).containsExactly("entries[1].studentId"));
    }

    @DatabaseTest
    void sessionPagesFollowDateAndPeriodAndMissNothing(TestDatabase db) {
        Register r = Register.with(db, db.newCollege(), 0);
        List<String> expected = new ArrayList<>();
        for (int day = 9; day >= 0; day--) {
            for (int period = 2; period >= 1; period--) {
                r.open(MONDAY.plusDays(day), period);
            }
        }
        for (int day = 0; day <= 9; day++) {
            for (int period = 1; period <= 2; period++) {
                expected.add(MONDAY.plusDays(day) + "/" + period);
            }
        }
        long otherTerm = r.fixture().term("T2", START.plusMonths(5), START.plusMonths(9));
        r.attendance().openSession(r.college(), new NewAttendanceSession(r.fixture().sectionId, otherTerm, null, null,
                START.plusMonths(6), 1, null));

        List<String> seen = new ArrayList<>();
        SessionCursor after = null;
        do {
            AttendanceSessionPage page = r.attendance().sessionsOf(r.college(), r.fixture().sectionId,
                    r.fixture().termId, after, 3);
            page.items().forEach(s -> seen.add(s.heldOn() + "/" + s.periodNo()));
            after = page.next();
        } while (after != null);

        assertThat(seen).containsExactlyElementsOf(expected);
    }

    @DatabaseTest
    void summaryCountsEachMarkOfTheTermAndTheAttendanceRate(TestDatabase db) {
        Register r = Register.with(db, db.newCollege(), 2);
        long student = r.students().get(0);
        long classmate = r.students().get(1);
        List<Mark> marks = List.of(Mark.PRESENT, Mark.PRESENT, Mark.PRESENT, Mark.PRESENT, Mark.PRESENT, Mark.LATE,
                Mark.ABSENT, Mark.EXCUSED);
        for (int i = 0; i < marks.size(); i++) {
            AttendanceSessionView session = r.open(MONDAY.plusDays(i), 1);
            r.attendance().recordMarks(r.college(), session.id(), session.version(), List.of(
                    new MarkEntry(student, marks.get(i), null), new MarkEntry(classmate, Mark.ABSENT, null)));
        }

        AttendanceSummary summary = r.attendance().studentSummary(r.college(), student, r.fixture().termId);

        assertThat(summary.present()).isEqualTo(5);
        assertThat(summary.late()).isEqualTo(1);
        assertThat(summary.absent()).isEqualTo(1);
        assertThat(summary.excused()).isEqualTo(1);
        assertThat(summary.total()).isEqualTo(8);
        assertThat(summary.rate()).isEqualByComparingTo(new BigDecimal("0.75"));
        AttendanceSummary otherTerm = r.attendance().studentSummary(r.college(), student,
                r.fixture().term("T2", START.plusMonths(5), START.plusMonths(9)));
        assertThat(otherTerm.total()).isZero();
        assertThat(otherTerm.rate()).isNull();
    }

    @DatabaseTest
    void anotherCollegeCannotSeeOrMarkSessionsItDoesNotOwn(TestDatabase db) {
        Register a = Register.with(db, db.newCollege("COLA"), 1);
        CollegeContext b = db.newCollege("COLB");
        RecordsFixture fb = new RecordsFixture(db, b);
        AttendanceSessionView session = a.open(MONDAY, 1);
        long studentA = a.students().get(0);
        a.attendance().recordMarks(a.college(), session.id(), session.version(),
                List.of(new MarkEntry(studentA, Mark.PRESENT, null)));

        assertThatThrownBy(() -> a.attendance().marksOf(b, session.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> a.attendance().recordMarks(b, session.id(), session.version(),
                List.of(new MarkEntry(studentA, Mark.ABSENT, null)))).isInstanceOf(NotFoundException.class);
        assertThat(a.attendance().sessionsOf(b, a.fixture().sectionId, a.fixture().termId, null, 10).items()).isEmpty();
        assertThat(a.attendance().studentSummary(b, studentA, a.fixture().termId).total()).isZero();
        assertThatThrownBy(() -> a.attendance().openSession(b, new NewAttendanceSession(a.fixture().sectionId,
                fb.termId, null, null, MONDAY, 1, null)))
                .isInstanceOf(NotFoundException.class).hasMessageContaining("No section");
    }
}
