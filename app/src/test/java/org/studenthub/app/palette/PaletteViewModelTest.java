package org.studenthub.app.palette;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kordamp.ikonli.material2.Material2ALIkonHandler;
import org.kordamp.ikonli.material2.Material2MZIkonHandler;
import org.studenthub.app.client.DemoHome;
import org.studenthub.app.fx.BackgroundTasks;
import org.studenthub.app.fx.Theme;
import org.studenthub.app.palette.PaletteItem.Kind;
import org.studenthub.app.session.Session;
import org.studenthub.app.session.SessionOpener;
import org.studenthub.app.shell.Destination;
import org.studenthub.app.shell.ShellViewModel;
import org.studenthub.core.common.PageRequest;
import org.studenthub.core.student.search.StudentQuery;
import org.studenthub.core.student.search.StudentRow;

/** The command palette without a window: what matches the text, for which role, and what choosing a line does. */
class PaletteViewModelTest {
    private static SessionOpener opener;
    private static Session registrar;
    private static Session itSupport;

    @BeforeAll
    static void signIn() {
        opener = new SessionOpener();
        registrar = DemoHome.signIn(opener, "registrar.demo");
        itSupport = DemoHome.signIn(opener, "itsupport.demo");
    }

    @AfterAll
    static void close() {
        opener.close();
    }

    private final RecordedActions actions = new RecordedActions();

    private PaletteViewModel palette(Session session, BackgroundTasks tasks) {
        List<Destination> screens = new ShellViewModel(session, tasks).destinations();
        return new PaletteViewModel(session, tasks, Locale.ENGLISH, screens, Theme.LIGHT, actions);
    }

    private static List<StudentRow> students(String text) {
        return registrar.services().studentSearch().search(registrar.college(), StudentQuery.of(text),
                new PageRequest(50, null)).items();
    }

    private static List<String> labels(PaletteViewModel model, Kind kind) {
        return model.items().stream().filter(i -> i.kind() == kind).map(PaletteItem::label).toList();
    }

    @Test
    void partOfAScreenNameFindsTheScreenAndEnterOpensIt() {
        PaletteViewModel model = palette(registrar, BackgroundTasks.direct());

        model.queryProperty().set("stud");
        model.search();

        assertThat(labels(model, Kind.SCREEN)).containsExactly("Students");
        assertThat(model.selectedItem().label()).isEqualTo("Students");
        model.runSelected();
        assertThat(actions.done).containsExactly("close", "screen STUDENTS");
    }

    @Test
    void onlyTheScreensTheRoleMayOpenAreListedAndNoStudentsWithoutStudentRead() {
        PaletteViewModel model = palette(itSupport, BackgroundTasks.direct());

        model.search();
        assertThat(labels(model, Kind.SCREEN)).contains("Dashboard").doesNotContain("Students")
                .hasSize(new ShellViewModel(itSupport, BackgroundTasks.direct()).destinations().size());

        model.queryProperty().set(students(null).get(0).familyName());
        model.search();
        assertThat(model.items()).noneMatch(i -> i.kind() == Kind.STUDENT || i.kind() == Kind.SCREEN);
        assertThat(model.searchingProperty().get()).isFalse();
    }

    @Test
    void aStudentNumberFindsTheStudentAndEnterOpensThem() {
        StudentRow wanted = students(null).get(17);
        PaletteViewModel model = palette(registrar, BackgroundTasks.direct());

        model.queryProperty().set(wanted.studentNumber());
        model.search();

        assertThat(model.selectedItem().kind()).isEqualTo(Kind.STUDENT);
        assertThat(model.selectedItem().label()).startsWith(wanted.familyName() + ", " + wanted.givenName());
        assertThat(model.selectedItem().detail()).startsWith("Student " + wanted.studentNumber());
        model.runSelected();
        assertThat(actions.done).containsExactly("close", "student " + wanted.id());
    }

    @Test
    void atMostEightStudentsAreListed() {
        String common = "a";
        assertThat(students(common)).hasSizeGreaterThan(PaletteViewModel.STUDENT_LIMIT);
        PaletteViewModel model = palette(registrar, BackgroundTasks.direct());

        model.queryProperty().set(common);
        model.search();

        assertThat(labels(model, Kind.STUDENT)).hasSize(PaletteViewModel.STUDENT_LIMIT);
    }

    @Test
    void anAnswerToOlderTextIsDroppedWhenItArrivesLate() {
        Deque<Runnable> background = new ArrayDeque<>();
        PaletteViewModel model = palette(registrar, BackgroundTasks.using(background::add, Runnable::run));
        StudentRow first = students(null).get(3);
        StudentRow second = students(null).get(40);

        model.queryProperty().set(first.studentNumber());
        model.search();
        model.queryProperty().set(second.studentNumber());
        model.search();
        assertThat(background).hasSize(2);
        background.removeLast().run();
        background.removeFirst().run();

        assertThat(model.searchingProperty().get()).isFalse();
        assertThat(model.items()).filteredOn(i -> i.kind() == Kind.STUDENT).extracting(PaletteItem::detail)
                .isNotEmpty().allSatisfy(d -> assertThat(d).contains(second.studentNumber()))
                .noneSatisfy(d -> assertThat(d).contains(first.studentNumber()));
    }

    @Test
    void commandsSwitchToTheOtherLanguageAndThemeAndSignOut() {
        PaletteViewModel model = palette(registrar, BackgroundTasks.direct());

        model.queryProperty().set("ital");
        model.search();
        assertThat(model.selectedItem().label()).isEqualTo("Switch language to Italiano");
        model.runSelected();

        model.queryProperty().set("dark");
        model.search();
        assertThat(model.selectedItem().label()).isEqualTo("Switch to the dark theme");
        model.runSelected();

        model.queryProperty().set("sign");
        model.search();
        model.runSelected();

        assertThat(actions.done).containsExactly("close", "language it", "close", "theme DARK", "close", "sign out");
    }

    @Test
    void upAndDownMoveTheSelectionRoundTheListAndEscapeOnlyCloses() {
        PaletteViewModel model = palette(registrar, BackgroundTasks.direct());
        model.search();
        int lines = model.items().size();
        assertThat(lines).isEqualTo(new ShellViewModel(registrar, BackgroundTasks.direct()).destinations().size() + 4);

        model.move(-1);
        assertThat(model.selectedProperty().get()).isEqualTo(lines - 1);
        model.move(1);
        model.move(1);
        assertThat(model.selectedProperty().get()).isEqualTo(1);

        model.close();
        assertThat(actions.done).containsExactly("close");
    }

    @Test
    void textMatchingNothingSaysSo() {
        PaletteViewModel model = palette(registrar, BackgroundTasks.direct());

        model.queryProperty().set("zzqxj");
        model.search();

        assertThat(model.items()).isEmpty();
        assertThat(model.selectedItem()).isNull();
        assertThat(model.messageProperty().get()).isEqualTo("Nothing matches “zzqxj”.");
        model.runSelected();
        assertThat(actions.done).isEmpty();
    }

    @Test
    void everyIconOfThePaletteExists() {
        PaletteViewModel model = palette(registrar, BackgroundTasks.direct());
        model.queryProperty().set("a");
        model.search();
        List<String> icons = new ArrayList<>(model.items().stream().map(PaletteItem::icon).toList());
        model.queryProperty().set("");
        model.search();
        model.items().forEach(i -> icons.add(i.icon()));

        Material2ALIkonHandler al = new Material2ALIkonHandler();
        Material2MZIkonHandler mz = new Material2MZIkonHandler();
        assertThat(icons).contains("mdmz-person", "mdal-exit_to_app");
        for (String icon : icons) {
            assertThatCode(() -> (icon.startsWith("mdal-") ? al : mz).resolve(icon)).as(icon).doesNotThrowAnyException();
        }
    }

    /** The shell's side of the palette, writing down what it was asked to do. */
    private static final class RecordedActions implements PaletteActions {
        final List<String> done = new ArrayList<>();

        @Override
        public void openScreen(Destination destination) {
            done.add("screen " + destination);
        }

        @Override
        public void openStudent(long studentId) {
            done.add("student " + studentId);
        }

        @Override
        public void signOut() {
            done.add("sign out");
        }

        @Override
        public void switchLanguage(Locale language) {
            done.add("language " + language.toLanguageTag());
        }

        @Override
        public void switchTheme(Theme theme) {
            done.add("theme " + theme);
        }

        @Override
        public void refresh() {
            done.add("refresh");
        }

        @Override
        public void close() {
            done.add("close");
        }
    }
}
