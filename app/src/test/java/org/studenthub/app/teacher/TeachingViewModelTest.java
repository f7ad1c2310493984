package org.studenthub.app.teacher;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.studenthub.app.client.DemoHome;
import org.studenthub.app.fx.BackgroundTasks;
import org.studenthub.app.session.Session;
import org.studenthub.app.session.SessionOpener;
import org.studenthub.core.teacher.TeacherView;
import org.studenthub.core.teacher.TeachingAssignmentStatus;
import org.studenthub.core.teacher.TeachingAssignmentView;
import org.studenthub.core.teacher.TeachingRole;

/** The Teaching tab without a window: adding, ending and resuming an assignment, on a real database. */
class TeachingViewModelTest {
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

    @Test
    void theFormOffersTheCurrentYearWithItsTermsSectionsAndTheActiveCourses() {
        TeachingViewModel model = new TeachingViewModel(session, BackgroundTasks.direct(), Locale.ENGLISH);
        model.showTeacher(TeacherFixture.newTeacher(session, "Gatti"));

        assertThat(model.yearProperty().get().id())
                .isEqualTo(session.services().calendar().currentYear(session.college()).orElseThrow().id());
        assertThat(model.termProperty().get()).isNotNull();
        assertThat(model.sections()).isNotEmpty()
                .allSatisfy(s -> assertThat(s.academicYearId()).isEqualTo(model.yearProperty().get().id()));
        assertThat(model.courses()).isNotEmpty();
        assertThat(model.rows()).isEmpty();
    }

    @Test
    void anAssignmentIsAddedEndedAndResumed() {
        TeacherView teacher = TeacherFixture.newTeacher(session, "Ruggiero");
        TeachingViewModel model = new TeachingViewModel(session, BackgroundTasks.direct(), Locale.ENGLISH);
        model.showTeacher(teacher);

        model.add();
        assertThat(model.fieldProblems()).containsOnlyKeys("sectionId", "courseId");
        assertThat(model.rows()).isEmpty();

        model.sectionProperty().set(model.sections().get(0));
        model.courseProperty().set(model.courses().get(0));
        model.roleProperty().set(TeachingRole.ASSISTANT);
        model.add();

        assertThat(model.messageProperty().get()).isEqualTo("Teaching assignment added.");
        assertThat(model.rows()).singleElement().satisfies(row -> {
            assertThat(row.course()).startsWith(model.courses().get(0).code());
            assertThat(row.section()).startsWith(model.sections().get(0).code());
            assertThat(row.term()).startsWith(model.yearProperty().get().code())
                    .endsWith(model.termProperty().get().name());
            assertThat(row.assignment().role()).isEqualTo(TeachingRole.ASSISTANT);
        });
        assertThat(stored(teacher).status()).isEqualTo(TeachingAssignmentStatus.ACTIVE);

        model.add();
        assertThat(model.messageProperty().get()).contains("already assigned");

        model.end(model.rows().get(0));
        assertThat(model.messageProperty().get()).isEqualTo("Teaching assignment ended.");
        assertThat(model.rows().get(0).assignment().status()).isEqualTo(TeachingAssignmentStatus.ENDED);
        assertThat(stored(teacher).status()).isEqualTo(TeachingAssignmentStatus.ENDED);

        model.resume(model.rows().get(0));
        assertThat(model.rows()).singleElement()
                .satisfies(row -> assertThat(row.assignment().status()).isEqualTo(TeachingAssignmentStatus.ACTIVE));
        assertThat(stored(teacher).status()).isEqualTo(TeachingAssignmentStatus.ACTIVE);
    }

    private static TeachingAssignmentView stored(TeacherView teacher) {
        return session.services().teachingAssignments().listByTeacher(session.college(), teacher.id()).get(0);
    }
}
