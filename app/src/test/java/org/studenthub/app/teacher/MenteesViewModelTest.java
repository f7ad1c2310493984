package org.studenthub.app.teacher;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.studenthub.app.client.DemoHome;
import org.studenthub.app.fx.BackgroundTasks;
import org.studenthub.app.session.Session;
import org.studenthub.app.session.SessionOpener;
import org.studenthub.core.common.PageRequest;
import org.studenthub.core.mentor.MentorStatus;
import org.studenthub.core.mentor.NewMentorAssignment;
import org.studenthub.core.student.search.StudentQuery;
import org.studenthub.core.student.search.StudentRow;
import org.studenthub.core.student.search.StudentSort;
import org.studenthub.core.teacher.TeacherView;

/** The Mentees tab without a window: finding a student, assigning them as a mentee and ending it. */
class MenteesViewModelTest {
    private static SessionOpener opener;
    private static Session session;

    @BeforeAll
    static void signIn() {
        opener = new SessionOpener();
        session = DemoHome.signIn(opener, "registrar.demo");
    }

    @AfterAll
    static void close() {
        opener.close();
    }

    /** A student far from the demo mentor's own mentee (the first by number). */
    private static StudentRow student(int index) {
        return session.services().studentSearch().search(session.college(),
                StudentQuery.of(null).sortedBy(StudentSort.NUMBER), new PageRequest(150, null)).items().get(index);
    }

    @Test
    void aStudentFoundByNumberIsAssignedAsMenteeAndTheMentorshipEnds() {
        TeacherView teacher = TeacherFixture.newTeacher(session, "Pellegrini");
        StudentRow student = student(120);
        MenteesViewModel model = new MenteesViewModel(session, BackgroundTasks.direct(), Locale.ENGLISH);
        model.showTeacher(teacher);
        assertThat(model.rows()).isEmpty();

        model.studentTextProperty().set(student.studentNumber());
        model.searchStudents();
        assertThat(model.candidates()).containsExactly(student);
        assertThat(model.candidateProperty().get()).isEqualTo(student);
        model.assign();

        assertThat(model.messageProperty().get())
                .isEqualTo(student.familyName() + ", " + student.givenName() + " is now mentored by this teacher.");
        assertThat(model.rows()).singleElement().satisfies(row -> {
            assertThat(row.studentNumber()).isEqualTo(student.studentNumber());
            assertThat(row.assignment().status()).isEqualTo(MentorStatus.ACTIVE);
        });
        assertThat(model.candidateProperty().get()).isNull();
        assertThat(session.services().mentors().isMentorOf(session.college(), teacher.id(), student.id())).isTrue();

        model.end(model.rows().get(0));

        assertThat(model.rows()).isEmpty();
        assertThat(session.services().mentors().isMentorOf(session.college(), teacher.id(), student.id())).isFalse();
        model.includeEndedProperty().set(true);
        model.refresh();
        assertThat(model.rows()).singleElement()
                .satisfies(row -> assertThat(row.assignment().status()).isEqualTo(MentorStatus.ENDED));
    }

    @Test
    void assigningNeedsAChosenStudentAndAStartDate() {
        MenteesViewModel model = new MenteesViewModel(session, BackgroundTasks.direct(), Locale.ENGLISH);
        model.showTeacher(TeacherFixture.newTeacher(session, "Fontana"));
        model.startsOnProperty().set(null);

        model.assign();

        assertThat(model.fieldProblems()).containsOnlyKeys("studentId", "startsOn");
        assertThat(model.rows()).isEmpty();
    }

    @Test
    void theListReadsMenteesOnePageAtATime() {
        TeacherView teacher = TeacherFixture.newTeacher(session, "Serra");
        for (int i = 0; i < 5; i++) {
            session.services().mentors().assign(session.college(),
                    new NewMentorAssignment(teacher.id(), student(130 + i).id(), LocalDate.now()));
        }
        MenteesViewModel model = new MenteesViewModel(session, BackgroundTasks.direct(), Locale.ENGLISH, 2);
        model.showTeacher(teacher);
        assertThat(model.rows()).hasSize(2);
        assertThat(model.hasMore()).isTrue();

        model.loadMore();
        model.loadMore();

        assertThat(model.rows()).hasSize(5).doesNotHaveDuplicates()
                .extracting(MenteeRow::studentNumber).isSorted();
        assertThat(model.hasMore()).isFalse();
    }
}
