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
import org.studenthub.core.teacher.TeacherChanges;
import org.studenthub.core.teacher.TeacherStatus;
import org.studenthub.core.teacher.TeacherView;

/** The teacher editor without a window: recording, field problems, saving, status and a concurrent change. */
class TeacherDetailViewModelTest {
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

    private static TeacherDetailViewModel editor(Long id) {
        TeacherDetailViewModel model = new TeacherDetailViewModel(session, BackgroundTasks.direct(), Locale.ENGLISH, id);
        model.load();
        return model;
    }

    @Test
    void aNewTeacherWithABadEmailIsNotRecordedUntilTheFieldIsCorrected() {
        TeacherDetailViewModel model = editor(null);
        assertThat(model.changed().get()).isFalse();
        String number = TeacherFixture.staffNumber("NEW");
        model.staffNumberProperty().set(number);
        model.givenNameProperty().set("Lucia");
        model.familyNameProperty().set("Ferri");
        model.titleProperty().set("Dr");
        model.emailProperty().set("not an email");
        model.departmentProperty().set(model.departments().get(0));
        model.hiredOnProperty().set(LocalDate.of(2021, 9, 1));
        assertThat(model.changed().get()).isTrue();

        model.save();

        assertThat(model.fieldProblems()).containsOnlyKeys("email");
        assertThat(model.messageProperty().get()).contains("Nothing was saved");
        assertThat(model.teacherProperty().get()).isNull();
        assertThat(model.familyNameProperty().get()).isEqualTo("Ferri");
        assertThat(session.services().teachers().findByStaffNumber(session.college(), number)).isEmpty();

        model.emailProperty().set("lucia.ferri@example.org");
        model.save();

        assertThat(model.fieldProblems()).isEmpty();
        assertThat(model.messageProperty().get()).isEqualTo("Teacher " + number + " recorded.");
        assertThat(model.changed().get()).isFalse();
        TeacherView stored = session.services().teachers().findByStaffNumber(session.college(), number).orElseThrow();
        assertThat(model.teacherProperty().get()).isEqualTo(stored);
        assertThat(stored.email()).isEqualTo("lucia.ferri@example.org");
        assertThat(stored.title()).isEqualTo("Dr");
        assertThat(stored.hiredOn()).isEqualTo(LocalDate.of(2021, 9, 1));
        assertThat(stored.departmentId()).isEqualTo(model.departments().get(0).id());
    }

    @Test
    void aNewTeacherNeedsADepartmentAndAStaffNumberNoOneHas() {
        TeacherView existing = TeacherFixture.newTeacher(session, "Galli");
        TeacherDetailViewModel model = editor(null);
        model.staffNumberProperty().set(existing.staffNumber());
        model.givenNameProperty().set("Marta");
        model.familyNameProperty().set("Neri");

        model.save();
        assertThat(model.fieldProblems()).containsOnlyKeys("departmentId");

        model.departmentProperty().set(model.departments().get(0));
        model.save();
        assertThat(model.fieldProblems()).containsEntry("staffNumber", "Another teacher already has this staff number.");
        assertThat(model.teacherProperty().get()).isNull();
    }

    @Test
    void anEditIsSavedAndReadBack() {
        TeacherView teacher = TeacherFixture.newTeacher(session, "Rinaldi");
        TeacherDetailViewModel model = editor(teacher.id());
        assertThat(model.familyNameProperty().get()).isEqualTo("Rinaldi");
        assertThat(model.changed().get()).isFalse();

        model.phoneProperty().set("+39 051 555 0199");
        model.departmentProperty().set(model.departments().get(model.departments().size() - 1));
        assertThat(model.changed().get()).isTrue();
        model.save();

        assertThat(model.messageProperty().get()).isEqualTo("Saved.");
        assertThat(model.changed().get()).isFalse();
        TeacherView stored = session.services().teachers().get(session.college(), teacher.id());
        assertThat(stored.phone()).isEqualTo("+39 051 555 0199");
        assertThat(stored.departmentId()).isEqualTo(model.departments().get(model.departments().size() - 1).id());
    }

    @Test
    void aBadPhoneIsShownBesideItsFieldAndWhatWasTypedStays() {
        TeacherView teacher = TeacherFixture.newTeacher(session, "Moretti");
        TeacherDetailViewModel model = editor(teacher.id());

        model.phoneProperty().set("call me");
        model.save();

        assertThat(model.fieldProblems()).containsKey("phone");
        assertThat(model.phoneProperty().get()).isEqualTo("call me");
        assertThat(model.changed().get()).isTrue();
        assertThat(session.services().teachers().get(session.college(), teacher.id()).phone()).isNull();
    }

    @Test
    void aChangeSavedBySomeoneElseIsNeverOverwrittenAndReloadShowsIt() {
        TeacherView teacher = TeacherFixture.newTeacher(session, "Conti");
        TeacherDetailViewModel model = editor(teacher.id());
        session.services().teachers().update(session.college(), teacher.id(), new TeacherChanges(teacher.version(),
                "Test", "Conti", "Prof", null, "+39 02 000 0000", teacher.departmentId(), teacher.hiredOn()));

        model.emailProperty().set("conti@example.org");
        model.save();

        assertThat(model.conflictProperty().get()).isTrue();
        assertThat(model.messageProperty().get()).contains("Someone else saved");
        assertThat(model.emailProperty().get()).isEqualTo("conti@example.org");
        TeacherView stored = session.services().teachers().get(session.college(), teacher.id());
        assertThat(stored.phone()).isEqualTo("+39 02 000 0000");
        assertThat(stored.email()).isNull();

        model.load();
        assertThat(model.conflictProperty().get()).isFalse();
        assertThat(model.phoneProperty().get()).isEqualTo("+39 02 000 0000");
        assertThat(model.titleProperty().get()).isEqualTo("Prof");
        assertThat(model.emailProperty().get()).isEmpty();
    }

    @Test
    void aStatusChangeIsSavedAndKeepsAnUnsavedEdit() {
        TeacherView teacher = TeacherFixture.newTeacher(session, "Longo");
        TeacherDetailViewModel model = editor(teacher.id());
        model.titleProperty().set("Prof");

        model.changeStatus(TeacherStatus.RETIRED);

        assertThat(model.teacherProperty().get().status()).isEqualTo(TeacherStatus.RETIRED);
        assertThat(model.messageProperty().get()).isEqualTo("Status changed to Retired.");
        assertThat(model.titleProperty().get()).isEqualTo("Prof");
        assertThat(model.changed().get()).isTrue();
        assertThat(session.services().teachers().get(session.college(), teacher.id()).status())
                .isEqualTo(TeacherStatus.RETIRED);
        model.save();
        assertThat(session.services().teachers().get(session.college(), teacher.id()).title()).isEqualTo("Prof");
    }
}
