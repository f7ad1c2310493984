package org.studenthub.app.student;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.studenthub.app.client.DemoHome;
import org.studenthub.app.fx.BackgroundTasks;
import org.studenthub.app.session.Session;
import org.studenthub.app.session.SessionOpener;
import org.studenthub.core.common.PageRequest;
import org.studenthub.core.student.StudentChanges;
import org.studenthub.core.student.StudentView;
import org.studenthub.core.student.search.StudentQuery;

/** The student editor without a window: saving, field problems and a concurrent change, on a real database. */
class StudentDetailViewModelTest {
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

    private static long someStudent(int index) {
        return session.services().studentSearch().search(session.college(), StudentQuery.of(null),
                new PageRequest(50, null)).items().get(index).id();
    }

    @Test
    void anEditIsSavedAndReadBack() {
        long id = someStudent(3);
        StudentDetailViewModel model = new StudentDetailViewModel(session, BackgroundTasks.direct(), Locale.ENGLISH, id);
        model.load();
        assertThat(model.changed().get()).isFalse();

        model.phoneProperty().set("+39 051 555 0101");
        assertThat(model.changed().get()).isTrue();
        model.save();

        assertThat(model.messageProperty().get()).isEqualTo("Saved.");
        assertThat(model.changed().get()).isFalse();
        assertThat(session.services().students().get(session.college(), id).phone()).isEqualTo("+39 051 555 0101");
    }

    @Test
    void aBadEmailIsShownBesideItsFieldAndNothingIsSaved() {
        long id = someStudent(4);
        StudentDetailViewModel model = new StudentDetailViewModel(session, BackgroundTasks.direct(), Locale.ENGLISH, id);
        model.load();
        String before = session.services().students().get(session.college(), id).email();

        model.emailProperty().set("not an email");
        model.save();

        assertThat(model.fieldProblems()).containsKey("email");
        assertThat(model.messageProperty().get()).contains("Nothing was saved");
        assertThat(session.services().students().get(session.college(), id).email()).isEqualTo(before);
    }

    @Test
    void aChangeSavedBySomeoneElseIsNeverOverwrittenAndReloadShowsIt() {
        long id = someStudent(5);
        StudentDetailViewModel model = new StudentDetailViewModel(session, BackgroundTasks.direct(), Locale.ENGLISH, id);
        model.load();
        StudentView read = session.services().students().get(session.college(), id);
        session.services().students().update(session.college(), id, new StudentChanges(read.version(),
                read.givenName(), read.familyName(), read.preferredName(), read.dateOfBirth(), read.email(),
                "+39 02 000 0000", read.addressLine(), read.city(), read.postalCode(), read.countryCode(),
                read.programmeId()));

        model.cityProperty().set("Ferrara");
        model.save();

        assertThat(model.conflictProperty().get()).isTrue();
        assertThat(model.messageProperty().get()).contains("Someone else saved");
        StudentView stored = session.services().students().get(session.college(), id);
        assertThat(stored.phone()).isEqualTo("+39 02 000 0000");
        assertThat(stored.city()).isEqualTo(read.city());

        model.load();
        assertThat(model.conflictProperty().get()).isFalse();
        assertThat(model.phoneProperty().get()).isEqualTo("+39 02 000 0000");
        assertThat(model.cityProperty().get()).isEqualTo(read.city() == null ? "" : read.city());
    }
}
