package org.studenthub.app.department;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.studenthub.app.client.DemoHome;
import org.studenthub.app.fx.BackgroundTasks;
import org.studenthub.app.fx.UniqueCodes;
import org.studenthub.app.session.Session;
import org.studenthub.app.session.SessionOpener;
import org.studenthub.core.department.DepartmentChanges;
import org.studenthub.core.department.DepartmentStatus;
import org.studenthub.core.department.DepartmentView;
import org.studenthub.core.department.NewDepartment;
import org.studenthub.core.teacher.NewTeacher;
import org.studenthub.core.teacher.TeacherView;

/** The departments screen without a window, on the demo college: list, search, create, edit, close, conflicts. */
class DepartmentsViewModelTest {
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

    private static DepartmentsViewModel screen(Session as) {
        DepartmentsViewModel model = new DepartmentsViewModel(as, BackgroundTasks.direct(), Locale.ENGLISH);
        model.startNew();
        model.load();
        return model;
    }

    private static DepartmentView department() {
        return session.services().departments().create(session.college(),
                new NewDepartment(UniqueCodes.next("D"), "Test department"));
    }

    @Test
    void theListShowsEveryDepartmentAndTypingFindsOneByCodeOrName() {
        DepartmentsViewModel model = screen(session);
        var all = session.services().departments().list(session.college());
        assertThat(model.list().rows()).hasSameSizeAs(all);

        DepartmentView some = all.get(all.size() / 2);
        model.list().textProperty().set(some.name().substring(1, 6).toUpperCase(Locale.ROOT));
        assertThat(model.list().rows()).contains(some).hasSizeLessThan(all.size());
        model.list().textProperty().set(some.code().toLowerCase(Locale.ROOT));
        assertThat(model.list().rows()).contains(some);
    }

    @Test
    void aNewDepartmentIsCreatedShownInTheListAndStoredTrimmed() {
        DepartmentsViewModel model = screen(session);
        String code = UniqueCodes.next("NEW");

        model.codeProperty().set(" " + code + " ");
        model.nameProperty().set("  Renaissance Studies ");
        model.save();

        assertThat(model.messageProperty().get()).isEqualTo("Saved.");
        DepartmentView stored = session.services().departments().findByCode(session.college(), code).orElseThrow();
        assertThat(stored.name()).isEqualTo("Renaissance Studies");
        assertThat(model.recordProperty().get()).isEqualTo(stored);
        assertThat(model.list().all()).contains(stored);
    }

    @Test
    void anEditOfTheNameAndTheHeadIsSavedAndReadBack() {
        DepartmentView department = department();
        TeacherView teacher = session.services().teachers().create(session.college(), new NewTeacher(UniqueCodes.next("T"),
                "Ada", "Lovelace", null, null, null, department.id(), LocalDate.of(2020, 9, 1)));
        DepartmentsViewModel model = screen(session);
        model.choose(model.list().find(department.id()).orElseThrow());
        assertThat(model.headChoices()).containsExactly(null, teacher.id());
        assertThat(model.teacherName(teacher.id())).startsWith("Lovelace, Ada");

        model.nameProperty().set("Analytical Engines");
        model.headProperty().set(teacher.id());
        model.save();

        DepartmentView stored = session.services().departments().get(session.college(), department.id());
        assertThat(stored.name()).isEqualTo("Analytical Engines");
        assertThat(stored.headTeacherId()).isEqualTo(teacher.id());
        assertThat(model.list().find(department.id())).contains(stored);
    }

    @Test
    void closingADepartmentIsConfirmedFirstAndReopeningIsOffered() {
        DepartmentView department = department();
        DepartmentsViewModel model = screen(session);
        model.choose(model.list().find(department.id()).orElseThrow());

        model.status().request(DepartmentStatus.CLOSED);
        assertThat(model.status().question()).contains(department.code());
        assertThat(session.services().departments().get(session.college(), department.id()).status())
                .isEqualTo(DepartmentStatus.ACTIVE);
        model.status().confirm();

        assertThat(session.services().departments().get(session.college(), department.id()).status())
                .isEqualTo(DepartmentStatus.CLOSED);
        assertThat(model.status().choices()).containsExactly(DepartmentStatus.ACTIVE);
        model.list().statusProperty().set(DepartmentStatus.CLOSED);
        assertThat(model.list().rows()).extracting(DepartmentView::id).contains(department.id());
    }

    @Test
    void aBadCodeAndABlankNameAreShownBesideTheirFieldsAndNothingIsCreated() {
        DepartmentsViewModel model = screen(session);
        int before = session.services().departments().list(session.college()).size();

        model.codeProperty().set("no spaces allowed");
        model.nameProperty().set("   ");
        model.save();

        assertThat(model.form().problems()).containsKeys("code", "name");
        assertThat(model.messageProperty().get()).contains("Nothing was saved");
        assertThat(model.codeProperty().get()).isEqualTo("no spaces allowed");
        assertThat(session.services().departments().list(session.college())).hasSize(before);
    }

    @Test
    void aCodeAlreadyTakenIsShownBesideTheCode() {
        DepartmentView existing = department();
        DepartmentsViewModel model = screen(session);

        model.codeProperty().set(existing.code());
        model.nameProperty().set("Twin");
        model.save();

        assertThat(model.form().problems()).containsOnlyKeys("code");
        assertThat(model.form().problems().get("code")).contains(existing.code());
    }

    @Test
    void aChangeSavedBySomeoneElseIsNotOverwrittenAndReloadShowsIt() {
        DepartmentView department = department();
        DepartmentsViewModel model = screen(session);
        model.choose(model.list().find(department.id()).orElseThrow());
        session.services().departments().update(session.college(), department.id(),
                new DepartmentChanges(department.version(), "Renamed elsewhere", null));

        model.nameProperty().set("My name");
        model.save();

        assertThat(model.conflictProperty().get()).isTrue();
        assertThat(model.nameProperty().get()).isEqualTo("My name");
        assertThat(session.services().departments().get(session.college(), department.id()).name())
                .isEqualTo("Renamed elsewhere");
        model.reload();
        assertThat(model.conflictProperty().get()).isFalse();
        assertThat(model.nameProperty().get()).isEqualTo("Renamed elsewhere");
    }

    @Test
    void aRoleWithoutRecordsWriteSeesTheDepartmentsButCannotChangeThem() {
        SessionOpener other = new SessionOpener();
        try {
            Session principal = DemoHome.signIn(other, "principal.demo");
            DepartmentsViewModel model = screen(principal);
            DepartmentView first = model.list().rows().get(0);
            model.choose(first);

            assertThat(model.mayEdit()).isFalse();
            assertThat(model.status().choices()).isEmpty();
            model.nameProperty().set("Not allowed");
            model.save();
            assertThat(session.services().departments().get(session.college(), first.id()).name())
                    .isEqualTo(first.name());
        } finally {
            other.close();
        }
    }
}
