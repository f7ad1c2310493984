package org.studenthub.app.section;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.studenthub.app.client.DemoHome;
import org.studenthub.app.fx.BackgroundTasks;
import org.studenthub.app.session.Session;
import org.studenthub.app.session.SessionOpener;
import org.studenthub.core.calendar.AcademicYearStatus;
import org.studenthub.core.calendar.AcademicYearView;
import org.studenthub.core.programme.ProgrammeView;
import org.studenthub.core.section.NewSection;
import org.studenthub.core.section.SectionChanges;
import org.studenthub.core.section.SectionStatus;
import org.studenthub.core.section.SectionView;

/** The sections screen without a window: years, the filter, creating, editing, conflicts and closing. */
class SectionsViewModelTest {
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

    private static SectionsViewModel loaded() {
        SectionsViewModel model = new SectionsViewModel(session, BackgroundTasks.direct(), Locale.ENGLISH);
        model.load();
        return model;
    }

    private static AcademicYearView pastYear(SectionsViewModel model) {
        return model.years().stream().filter(y -> y.status() != AcademicYearStatus.CURRENT).findFirst().orElseThrow();
    }

    private static SectionView sectionInPastYear(String code) {
        SectionsViewModel model = loaded();
        ProgrammeView programme = model.programmes().get(0);
        return session.services().sections().create(session.college(), new NewSection(programme.id(),
                pastYear(model).id(), code, "Evening group " + code, 1, 30));
    }

    @Test
    void theCurrentYearIsShownFirstAndChoosingAnotherYearListsItsSections() {
        SectionView past = sectionInPastYear("PAST-1");
        SectionsViewModel model = loaded();

        assertThat(model.yearProperty().get().status()).isEqualTo(AcademicYearStatus.CURRENT);
        assertThat(model.shown()).isNotEmpty()
                .allSatisfy(s -> assertThat(s.academicYearId()).isEqualTo(model.yearProperty().get().id()))
                .noneSatisfy(s -> assertThat(s.code()).isEqualTo("PAST-1"));

        model.yearProperty().set(pastYear(model));

        assertThat(model.shown()).extracting(SectionView::code).contains("PAST-1");
        assertThat(model.shown()).allSatisfy(s -> assertThat(s.academicYearId()).isEqualTo(past.academicYearId()));
    }

    @Test
    void theFilterKeepsSectionsWhoseCodeNameOrProgrammeMatch() {
        SectionsViewModel model = loaded();
        SectionView some = model.shown().get(model.shown().size() - 1);
        int all = model.shown().size();

        model.filterProperty().set(some.code().toLowerCase(Locale.ROOT));

        assertThat(model.shown()).contains(some).hasSizeLessThan(all)
                .allSatisfy(s -> assertThat(s.code() + s.name() + model.programmeCode(s.programmeId()))
                        .containsIgnoringCase(some.code()));
        model.statusProperty().set(SectionStatus.CLOSED);
        assertThat(model.shown()).allSatisfy(s -> assertThat(s.status()).isEqualTo(SectionStatus.CLOSED));
        assertThat(model.messageProperty().get()).isNotBlank();
    }

    @Test
    void aNewSectionWithFieldProblemsIsRefusedBesideTheFieldsThenSavedOnceFixed() {
        SectionsViewModel model = loaded();
        SectionEditorViewModel editor = model.editor();
        ProgrammeView programme = model.programmes().get(0);
        assertThat(editor.isNew()).isTrue();
        assertThat(editor.changed().get()).isFalse();

        editor.codeProperty().set("NEW-1");
        editor.nameProperty().set("Weekend group");
        editor.yearOfStudyProperty().set("first");
        editor.save();
        assertThat(editor.fieldProblems()).containsKeys("programmeId", "yearOfStudy");
        assertThat(editor.messageProperty().get()).contains("Nothing was saved");

        editor.programmeProperty().set(programme);
        editor.yearOfStudyProperty().set(String.valueOf(programme.durationYears() + 1));
        editor.save();
        assertThat(editor.fieldProblems()).containsOnlyKeys("yearOfStudy");
        assertThat(editor.codeProperty().get()).isEqualTo("NEW-1");
        assertThat(session.services().sections().findByCode(session.college(), model.yearProperty().get().id(),
                "NEW-1")).isEmpty();

        editor.yearOfStudyProperty().set("1");
        editor.capacityProperty().set("32");
        editor.save();

        assertThat(editor.fieldProblems()).isEmpty();
        assertThat(editor.messageProperty().get()).isEqualTo("Section NEW-1 created.");
        SectionView stored = session.services().sections().findByCode(session.college(),
                model.yearProperty().get().id(), "NEW-1").orElseThrow();
        assertThat(stored.capacity()).isEqualTo(32);
        assertThat(stored.programmeId()).isEqualTo(programme.id());
        assertThat(model.shown()).contains(stored);
        assertThat(editor.editingProperty().get()).isEqualTo(stored);
        assertThat(editor.changed().get()).isFalse();
    }

    @Test
    void aCodeAlreadyUsedInTheYearIsShownBesideTheCode() {
        SectionsViewModel model = loaded();
        SectionView existing = model.shown().get(0);
        SectionEditorViewModel editor = model.editor();
        editor.programmeProperty().set(model.programmes().get(0));
        editor.codeProperty().set(existing.code());
        editor.nameProperty().set("Copy");
        editor.save();

        assertThat(editor.fieldProblems()).containsKey("code");
        assertThat(editor.nameProperty().get()).isEqualTo("Copy");
    }

    @Test
    void anEditIsSavedAndTheListShowsIt() {
        SectionsViewModel model = loaded();
        model.yearProperty().set(pastYear(model));
        SectionView section = sectionInPastYear("EDIT-1");
        model.listSections();
        SectionEditorViewModel editor = model.editor();
        editor.edit(model.shown().stream().filter(s -> s.id() == section.id()).findFirst().orElseThrow());
        assertThat(editor.changed().get()).isFalse();

        editor.nameProperty().set("Renamed evening group");
        editor.capacityProperty().set("");
        assertThat(editor.changed().get()).isTrue();
        editor.save();

        SectionView stored = session.services().sections().get(session.college(), section.id());
        assertThat(stored.name()).isEqualTo("Renamed evening group");
        assertThat(stored.capacity()).isNull();
        assertThat(model.shown()).contains(stored);
        assertThat(editor.messageProperty().get()).isEqualTo("Saved.");
        assertThat(editor.changed().get()).isFalse();
    }

    @Test
    void aChangeSavedBySomeoneElseIsNeverOverwrittenAndReloadShowsIt() {
        SectionView section = sectionInPastYear("CONF-1");
        SectionsViewModel model = loaded();
        SectionEditorViewModel editor = model.editor();
        editor.edit(section);
        session.services().sections().update(session.college(), section.id(),
                new SectionChanges(section.version(), "Their name", 1, 30));

        editor.nameProperty().set("My name");
        editor.save();

        assertThat(editor.conflictProperty().get()).isTrue();
        assertThat(editor.messageProperty().get()).contains("Someone else changed this section");
        assertThat(editor.nameProperty().get()).isEqualTo("My name");
        assertThat(session.services().sections().get(session.college(), section.id()).name()).isEqualTo("Their name");

        editor.reload();

        assertThat(editor.conflictProperty().get()).isFalse();
        assertThat(editor.nameProperty().get()).isEqualTo("Their name");
    }

    @Test
    void closingAndReopeningASectionIsStored() {
        SectionView section = sectionInPastYear("STAT-1");
        SectionsViewModel model = loaded();
        SectionEditorViewModel editor = model.editor();
        editor.edit(section);

        editor.changeStatus();
        assertThat(session.services().sections().get(session.college(), section.id()).status())
                .isEqualTo(SectionStatus.CLOSED);
        assertThat(editor.messageProperty().get()).isEqualTo("Section STAT-1 closed.");

        editor.changeStatus();
        assertThat(session.services().sections().get(session.college(), section.id()).status())
                .isEqualTo(SectionStatus.ACTIVE);
    }
}
