package org.studenthub.core.mentor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.studenthub.core.common.ConflictException;
import org.studenthub.core.common.NotFoundException;
import org.studenthub.core.common.ValidationException;
import org.studenthub.core.enrolment.RecordsFixture;
import org.studenthub.core.testing.DatabaseTest;
import org.studenthub.core.testing.TestDatabase;
import org.studenthub.core.tenancy.CollegeContext;

class MentorServiceTest {
    private static final LocalDate START = RecordsFixture.YEAR_START;

    @DatabaseTest
    void assignedTeacherIsTheStudentsMentor(TestDatabase db) {
        CollegeContext college = db.newCollege();
        RecordsFixture f = new RecordsFixture(db, college);
        MentorService mentors = new MentorService(db.transactions());
        long teacher = f.teacher("T1");
        long student = f.student("S001");

        MentorAssignmentView assigned = mentors.assign(college, new NewMentorAssignment(teacher, student, START));

        assertThat(assigned.status()).isEqualTo(MentorStatus.ACTIVE);
        assertThat(mentors.isMentorOf(college, teacher, student)).isTrue();
        assertThat(mentors.isMentorOf(college, f.teacher("T2"), student)).isFalse();
        assertThat(mentors.mentorsOf(college, student)).containsExactly(assigned);
    }

    @DatabaseTest
    void newMentorEndsThePreviousOneOnItsStartDate(TestDatabase db) {
        CollegeContext college = db.newCollege();
        RecordsFixture f = new RecordsFixture(db, college);
        MentorService mentors = new MentorService(db.transactions());
        long first = f.teacher("T1");
        long second = f.teacher("T2");
        long student = f.student("S001");
        mentors.assign(college, new NewMentorAssignment(first, student, START));
        LocalDate handover = START.plusMonths(2);

        mentors.assign(college, new NewMentorAssignment(second, student, handover));

        List<MentorAssignmentView> history = mentors.mentorsOf(college, student);
        assertThat(history).extracting(MentorAssignmentView::teacherId).containsExactly(second, first);
        assertThat(history).extracting(MentorAssignmentView::status)
                .containsExactly(MentorStatus.ACTIVE, MentorStatus.ENDED);
        assertThat(history.get(1).endsOn()).isEqualTo(handover);
        assertThat(mentors.isMentorOf(college, first, student)).isFalse();
        assertThat(mentors.isMentorOf(college, second, student)).isTrue();
    }

    @DatabaseTest
    void failedAssignmentLeavesThePreviousMentorActive(TestDatabase db) {
        CollegeContext college = db.newCollege();
        RecordsFixture f = new RecordsFixture(db, college);
        MentorService mentors = new MentorService(db.transactions());
        long first = f.teacher("T1");
        long student = f.student("S001");
        mentors.assign(college, new NewMentorAssignment(first, student, START));

        assertThatThrownBy(() -> mentors.assign(college, new NewMentorAssignment(999_999L, student, START.plusDays(5))))
                .isInstanceOf(NotFoundException.class)
                .hasMessageContaining("No teacher \"999999\"");
        assertThat(mentors.isMentorOf(college, first, student)).isTrue();
        assertThat(mentors.mentorsOf(college, student)).singleElement()
                .satisfies(a -> assertThat(a.endsOn()).isNull());
    }

    @DatabaseTest
    void assigningTheActiveMentorAgainIsAConflict(TestDatabase db) {
        CollegeContext college = db.newCollege();
        RecordsFixture f = new RecordsFixture(db, college);
        MentorService mentors = new MentorService(db.transactions());
        long teacher = f.teacher("T1");
        long student = f.student("S001");
        mentors.assign(college, new NewMentorAssignment(teacher, student, START));

        assertThatThrownBy(() -> mentors.assign(college, new NewMentorAssignment(teacher, student, START.plusDays(1))))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("already the active mentor of student " + student);
    }

    @DatabaseTest
    void newMentorCannotStartBeforeTheCurrentOne(TestDatabase db) {
        CollegeContext college = db.newCollege();
        RecordsFixture f = new RecordsFixture(db, college);
        MentorService mentors = new MentorService(db.transactions());
        long student = f.student("S001");
        mentors.assign(college, new NewMentorAssignment(f.teacher("T1"), student, START.plusMonths(1)));

        assertThatThrownBy(() -> mentors.assign(college, new NewMentorAssignment(f.teacher("T2"), student, START)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems())
                        .extracting(ValidationException.FieldProblem::field).containsExactly("startsOn"));
    }

    @DatabaseTest
    void endedAssignmentStaysInTheHistory(TestDatabase db) {
        CollegeContext college = db.newCollege();
        RecordsFixture f = new RecordsFixture(db, college);
        MentorService mentors = new MentorService(db.transactions());
        long teacher = f.teacher("T1");
        long student = f.student("S001");
        MentorAssignmentView assigned = mentors.assign(college, new NewMentorAssignment(teacher, student, START));

        MentorAssignmentView ended = mentors.end(college, assigned.id(), assigned.version(), START.plusMonths(6));

        assertThat(ended.status()).isEqualTo(MentorStatus.ENDED);
        assertThat(ended.endsOn()).isEqualTo(START.plusMonths(6));
        assertThat(mentors.isMentorOf(college, teacher, student)).isFalse();
        assertThat(mentors.mentorsOf(college, student)).containsExactly(ended);
        assertThatThrownBy(() -> mentors.end(college, assigned.id(), ended.version(), START.plusMonths(7)))
                .isInstanceOf(ConflictException.class).hasMessageContaining("already ended");
    }

    @DatabaseTest
    void staleEndFailsNamingTheAssignment(TestDatabase db) {
        CollegeContext college = db.newCollege();
        RecordsFixture f = new RecordsFixture(db, college);
        MentorService mentors = new MentorService(db.transactions());
        MentorAssignmentView assigned = mentors.assign(college,
                new NewMentorAssignment(f.teacher("T1"), f.student("S001"), START));

        mentors.end(college, assigned.id(), assigned.version(), START.plusDays(10));

        assertThatThrownBy(() -> mentors.end(college, assigned.id(), assigned.version(), START.plusDays(1)))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("mentor assignment \"T1/S001\" was changed by someone else");
        assertThat(mentors.mentorsOf(college, assigned.studentId()).get(0).endsOn()).isEqualTo(START.plusDays(10));
    }

    @DatabaseTest
    void menteePagesAreCompleteAndOrdered(TestDatabase db) {
        CollegeContext college = db.newCollege();
        RecordsFixture f = new RecordsFixture(db, college);
        MentorService mentors = new MentorService(db.transactions());
        long teacher = f.teacher("T1");
        List<Long> expected = new ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            expected.add(mentors.assign(college, new NewMentorAssignment(teacher, f.student("S" + i), START)).id());
        }
        MentorAssignmentView toEnd = mentors.assign(college, new NewMentorAssignment(teacher, f.student("S100"), START));
        mentors.end(college, toEnd.id(), toEnd.version(), START.plusDays(1));
        mentors.assign(college, new NewMentorAssignment(f.teacher("T2"), f.student("X1"), START));

        List<Long> seen = new ArrayList<>();
        Long after = null;
        do {
            MenteePage page = mentors.menteesOf(college, teacher, true, after, 5);
            page.items().forEach(a -> seen.add(a.id()));
            after = page.nextAfterId();
        } while (after != null);

        assertThat(seen).containsExactlyElementsOf(expected).isSorted();
        assertThat(mentors.menteesOf(college, teacher, false, null, 100).items()).hasSize(13);
    }

    @DatabaseTest
    void anotherCollegeSeesNoMentoringAndCannotAssignItsStudents(TestDatabase db) {
        CollegeContext a = db.newCollege("COLA");
        CollegeContext b = db.newCollege("COLB");
        RecordsFixture fa = new RecordsFixture(db, a);
        RecordsFixture fb = new RecordsFixture(db, b);
        MentorService mentors = new MentorService(db.transactions());
        long teacherA = fa.teacher("T1");
        long studentA = fa.student("S001");
        mentors.assign(a, new NewMentorAssignment(teacherA, studentA, START));

        assertThat(mentors.isMentorOf(b, teacherA, studentA)).isFalse();
        assertThat(mentors.mentorsOf(b, studentA)).isEmpty();
        assertThat(mentors.menteesOf(b, teacherA, false, null, 10).items()).isEmpty();
        assertThatThrownBy(() -> mentors.assign(b, new NewMentorAssignment(fb.teacher("T1"), studentA, START)))
                .isInstanceOf(NotFoundException.class).hasMessageContaining("No student \"" + studentA + "\"");
        assertThatThrownBy(() -> mentors.assign(b, new NewMentorAssignment(teacherA, fb.student("S001"), START)))
                .isInstanceOf(NotFoundException.class).hasMessageContaining("No teacher \"" + teacherA + "\"");
    }
}
