package org.studenthub.app.programme;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.studenthub.app.client.DemoHome;
import org.studenthub.app.fx.BackgroundTasks;
import org.studenthub.app.fx.UniqueCodes;
import org.studenthub.app.session.Session;
import org.studenthub.app.session.SessionOpener;
import org.studenthub.core.department.DepartmentView;
import org.studenthub.core.programme.NewProgramme;
import org.studenthub.core.programme.ProgrammeChanges;
import org.studenthub.core.programme.ProgrammeLevel;
import org.studenthub.core.programme.ProgrammeStatus;
import org.studenthub.core.programme.ProgrammeView;

/** The programmes screen without a window, on the demo college: list, create, edit, close, field problems, conflicts. */
class ProgrammesViewModelTest {
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

    private static ProgrammesViewModel screen() {
        ProgrammesViewModel model = new ProgrammesViewModel(session, BackgroundTasks.direct(), Locale.ENGLISH);
        model.startNew();
        model.load();
        return model;
    }

    private static DepartmentView someDepartment() {
        return session.services().departments().list(session.college()).get(0);
    }

    private static ProgrammeView programme() {
        return session.services().programmes().create(session.college(), new NewProgramme(someDepartment().id(),
                UniqueCodes.next("P"), "Test programme", "BSc", ProgrammeLevel.BACHELOR, 3, 180));
    }

    @Test
    void theListShowsEveryProgrammeWithItsDepartmentAndTypingFindsOne() {
        ProgrammesViewModel model = screen();
        var all = session.services().programmes().list(session.college());
        assertThat(model.list().rows()).hasSameSizeAs(all);
        ProgrammeView some = all.get(3);
        assertThat(model.departmentCode(some.departmentId())).isEqualTo(
                session.services().departments().get(session.college(), some.departmentId()).code());

        model.list().textProperty().set(some.code());
        assertThat(model.list().rows()).contains(some).hasSizeLessThan(all.size());
    }

    @Test
    void aNewProgrammeIsCreatedWithEveryFieldOfTheCore() {
        ProgrammesViewModel model = screen();
        DepartmentView department = someDepartment();
        String code = UniqueCodes.next("PNEW");
        assertThat(model.departmentChoices()).contains(department.id());

        model.departmentProperty().set(department.id());
        model.codeProperty().set(code);
        model.nameProperty().set("Data Science");
        model.degreeProperty().set("MSc Data Science");
        model.levelProperty().set(ProgrammeLevel.MASTER);
        model.durationYearsProperty().set("2");
        model.creditsProperty().set("120");
        model.save();

        assertThat(model.messageProperty().get()).isEqualTo("Saved.");
        ProgrammeView stored = session.services().programmes().findByCode(session.college(), code).orElseThrow();
        assertThat(stored).extracting(ProgrammeView::departmentId, ProgrammeView::name, ProgrammeView::degree,
                        ProgrammeView::level, ProgrammeView::durationYears, ProgrammeView::credits)
                .containsExactly(department.id(), "Data Science", "MSc Data Science", ProgrammeLevel.MASTER, 2, 120);
        assertThat(model.list().all()).contains(stored);
    }

    @Test
    void anEditIsSavedAndReadBack() {
        ProgrammeView programme = programme();
        ProgrammesViewModel model = screen();
        model.choose(model.list().find(programme.id()).orElseThrow());
        assertThat(model.durationYearsProperty().get()).isEqualTo("3");

        model.durationYearsProperty().set("4");
        model.levelProperty().set(ProgrammeLevel.DIPLOMA);
        model.save();

        ProgrammeView stored = session.services().programmes().get(session.college(), programme.id());
        assertThat(stored.durationYears()).isEqualTo(4);
        assertThat(stored.level()).isEqualTo(ProgrammeLevel.DIPLOMA);
        assertThat(model.form().changedProperty().get()).isFalse();
    }

    @Test
    void closingAProgrammeIsConfirmedFirst() {
        ProgrammeView programme = programme();
        ProgrammesViewModel model = screen();
        model.choose(model.list().find(programme.id()).orElseThrow());

        model.status().request(ProgrammeStatus.CLOSED);
        assertThat(model.status().question()).contains(programme.code());
        model.status().confirm();

        assertThat(session.services().programmes().get(session.college(), programme.id()).status())
                .isEqualTo(ProgrammeStatus.CLOSED);
        assertThat(model.recordProperty().get().status()).isEqualTo(ProgrammeStatus.CLOSED);
    }

    @Test
    void problemsOfTheFormAndOfTheCoreAreShownBesideTheirFields() {
        ProgrammesViewModel model = screen();
        model.codeProperty().set(UniqueCodes.next("PBAD"));
        model.nameProperty().set("Nowhere");
        model.degreeProperty().set("BA");
        model.durationYearsProperty().set("three");
        model.creditsProperty().set("180");
        model.save();
        assertThat(model.form().problems()).containsOnlyKeys("departmentId", "level", "durationYears");

        model.departmentProperty().set(someDepartment().id());
        model.levelProperty().set(ProgrammeLevel.BACHELOR);
        model.durationYearsProperty().set("11");
        model.save();
        assertThat(model.form().problems()).containsOnlyKeys("durationYears");
        assertThat(model.creatingProperty().get()).isTrue();
        assertThat(model.durationYearsProperty().get()).isEqualTo("11");
    }

    @Test
    void aChangeSavedBySomeoneElseIsNotOverwrittenAndReloadShowsIt() {
        ProgrammeView programme = programme();
        ProgrammesViewModel model = screen();
        model.choose(model.list().find(programme.id()).orElseThrow());
        session.services().programmes().update(session.college(), programme.id(), new ProgrammeChanges(
                programme.version(), programme.name(), "BSc (Hons)", programme.level(), 3, 180));

        model.creditsProperty().set("181");
        model.save();

        assertThat(model.conflictProperty().get()).isTrue();
        assertThat(session.services().programmes().get(session.college(), programme.id()).credits()).isEqualTo(180);
        model.reload();
        assertThat(model.degreeProperty().get()).isEqualTo("BSc (Hons)");
        assertThat(model.creditsProperty().get()).isEqualTo("180");
    }
}
