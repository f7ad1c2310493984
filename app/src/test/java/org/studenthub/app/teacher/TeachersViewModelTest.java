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
import org.studenthub.core.teacher.TeacherStatus;
import org.studenthub.core.teacher.TeacherView;

/** The teacher list without a window: search by name or staff number and the status filter, on a real database. */
class TeachersViewModelTest {
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

    private final TeachersViewModel model = new TeachersViewModel(session, BackgroundTasks.direct(), Locale.ENGLISH);

    @Test
    void theListShowsTeachersInNameOrderWithTheirDepartment() {
        model.search();

        assertThat(model.rows()).isNotEmpty().extracting(TeacherView::nameKey).isSorted();
        assertThat(model.departmentName(model.rows().get(0).departmentId())).isNotBlank();
        assertThat(model.hasMore()).isFalse();
    }

    @Test
    void typingTheStartOfAFamilyNameOrOfAStaffNumberNarrowsTheList() {
        model.search();
        TeacherView some = model.rows().get(model.rows().size() / 2);

        model.textProperty().set(some.familyName().substring(0, 3).toUpperCase(Locale.ROOT));
        model.search();
        assertThat(model.rows()).contains(some).allSatisfy(t -> assertThat(t.familyName())
                .startsWithIgnoringCase(some.familyName().substring(0, 3)));

        model.textProperty().set(some.staffNumber().toLowerCase(Locale.ROOT));
        model.search();
        assertThat(model.rows()).containsExactly(some);
    }

    @Test
    void theStatusFilterIsAppliedByTheDatabase() {
        TeacherView leaving = TeacherFixture.newTeacher(session, "Zanetti");
        session.services().teachers().changeStatus(session.college(), leaving.id(), leaving.version(),
                TeacherStatus.ON_LEAVE);

        model.statusProperty().set(TeacherStatus.ON_LEAVE);
        model.search();
        assertThat(model.rows()).isNotEmpty().allSatisfy(t -> assertThat(t.status()).isEqualTo(TeacherStatus.ON_LEAVE))
                .anySatisfy(t -> assertThat(t.id()).isEqualTo(leaving.id()));

        model.textProperty().set("no such teacher anywhere");
        model.search();
        assertThat(model.rows()).isEmpty();
        assertThat(model.messageProperty().get()).isEqualTo("No teacher matches.");
    }
}
