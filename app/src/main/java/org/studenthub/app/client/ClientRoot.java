package org.studenthub.app.client;

import java.nio.file.Path;
import java.util.Locale;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import org.studenthub.app.AppDirectories;
import org.studenthub.app.attendance.AttendanceView;
import org.studenthub.app.attendance.AttendanceViewModel;
import org.studenthub.app.attendance.StudentAttendanceView;
import org.studenthub.app.attendance.StudentAttendanceViewModel;
import org.studenthub.app.I18n;
import org.studenthub.app.calendar.CalendarView;
import org.studenthub.app.calendar.CalendarViewModel;
import org.studenthub.app.course.CoursesView;
import org.studenthub.app.course.CoursesViewModel;
import org.studenthub.app.dashboard.DashboardView;
import org.studenthub.app.dashboard.DashboardViewModel;
import org.studenthub.app.department.DepartmentsView;
import org.studenthub.app.department.DepartmentsViewModel;
import org.studenthub.app.fx.BackgroundTasks;
import org.studenthub.app.fx.Languages;
import org.studenthub.app.fx.PixelWidths;
import org.studenthub.app.fx.TextSize;
import org.studenthub.app.fx.Theme;
import org.studenthub.app.fx.ViewLoader;
import org.studenthub.app.programme.ProgrammesView;
import org.studenthub.app.programme.ProgrammesViewModel;
import org.studenthub.app.section.SectionRosterView;
import org.studenthub.app.section.SectionRosterViewModel;
import org.studenthub.app.section.SectionsView;
import org.studenthub.app.section.SectionsViewModel;
import org.studenthub.app.palette.PaletteActions;
import org.studenthub.app.palette.PaletteView;
import org.studenthub.app.palette.PaletteViewModel;
import org.studenthub.app.preview.FilePreviewView;
import org.studenthub.app.importer.ImportWizardView;
import org.studenthub.app.importer.ImportWizardViewModel;
import org.studenthub.app.session.Session;
import org.studenthub.app.session.SessionOpener;
import org.studenthub.app.shell.Destination;
import org.studenthub.app.shell.ShellView;
import org.studenthub.app.shell.ShellViewModel;
import org.studenthub.app.signin.SignInView;
import org.studenthub.app.signin.SignInViewModel;
import org.studenthub.app.student.StudentDetailView;
import org.studenthub.app.student.StudentDetailViewModel;
import org.studenthub.app.student.StudentEnrolmentsView;
import org.studenthub.app.student.StudentEnrolmentsViewModel;
import org.studenthub.app.student.StudentDocumentsView;
import org.studenthub.app.student.StudentDocumentsViewModel;
import org.studenthub.app.student.StudentsView;
import org.studenthub.app.student.StudentsViewModel;
import org.studenthub.app.teacher.MenteesView;
import org.studenthub.app.teacher.MenteesViewModel;
import org.studenthub.app.teacher.TeacherDetailView;
import org.studenthub.app.teacher.TeacherDetailViewModel;
import org.studenthub.app.teacher.TeachersView;
import org.studenthub.app.teacher.TeachersViewModel;
import org.studenthub.app.teacher.TeachingView;
import org.studenthub.app.teacher.TeachingViewModel;
import org.studenthub.core.section.SectionView;

/**
 * The client's composition root: makes every View and ViewModel with constructor injection, and moves the one
 * window between sign-in and the main shell. Language and theme changes rebuild the window's content.
 */
public final class ClientRoot implements AutoCloseable {
    private final Stage stage;
    private final ClientSettings settings;
    private final BackgroundTasks tasks;
    private final SessionOpener opener = new SessionOpener();
    private final Path defaultFolder;
    private final int demoStudents;
    private Locale locale;
    private Theme theme;
    private TextSize textSize;
    private final PixelWidths pixelWidths = new PixelWidths();
    private Scene scene;
    private Session session;
    /** The Students screen of the main window shown, once opened: the palette opens students in it. */
    private StudentsView studentsScreen;

    /** @param demoStudents students of the demo college a first run may create */
    public ClientRoot(Stage stage, AppDirectories directories, ClientSettings settings, BackgroundTasks tasks,
                      int demoStudents) {
        this.stage = stage;
        this.demoStudents = demoStudents;
        this.settings = settings;
        this.tasks = tasks;
        this.defaultFolder = directories.data().resolve("db");
        this.locale = Languages.closest(settings.get("language").map(Locale::forLanguageTag).orElse(Locale.getDefault()));
        this.theme = Theme.parse(settings.get("theme").orElse(null));
        this.textSize = TextSize.parse(settings.get("textSize").orElse(null));
    }

    public void start() {
        theme.apply();
        WindowPlacement.restore(stage, settings);
        stage.setOnCloseRequest(e -> WindowPlacement.remember(stage, settings));
        showSignIn();
        stage.show();
    }

    /** The sign-in window, filled with the last profile and login. */
    public void showSignIn() {
        SignInViewModel model = new SignInViewModel(opener, tasks, locale, demoStudents, this::signedIn);
        LastProfile.fill(model, settings, defaultFolder);
        ViewLoader loader = newLoader();
        loader.register(SignInView.class, () -> new SignInView(model, locale, this::changeLanguageAtSignIn));
        ViewLoader.Loaded<SignInView> signIn = loader.load(SignInView.class);
        setContent(signIn.root(), I18n.tr(locale, "client.signin.window_title"));
        signIn.view().focusFirstField();
        model.warmUp();
    }

    private void signedIn(Session opened) {
        this.session = opened;
        LastProfile.remember(opened, settings);
        settings.save();
        showShell();
    }

    private void showShell() {
        ShellViewModel model = new ShellViewModel(session, tasks);
        ViewLoader loader = newLoader();
        studentsScreen = null;
        loader.register(ShellView.class, () -> new ShellView(model, destination -> screen(loader, destination),
                locale, this::changeLanguage, theme, this::changeTheme, this::signOut,
                actions -> palette(loader, model, actions), this::openStudent));
        loader.register(DashboardView.class, () -> new DashboardView(new DashboardViewModel(session, tasks, locale),
                locale, session.displayName() == null ? session.login() : session.displayName()));
        loader.register(StudentsView.class, () -> new StudentsView(new StudentsViewModel(session, tasks, locale), locale,
                (studentId, back) -> studentDetail(studentId, back)));
        loader.register(TeachersView.class, () -> new TeachersView(new TeachersViewModel(session, tasks, locale), locale,
                this::teacherDetail));
        loader.register(DepartmentsView.class, () -> new DepartmentsView(
                new DepartmentsViewModel(session, tasks, locale), locale));
        loader.register(ProgrammesView.class, () -> new ProgrammesView(
                new ProgrammesViewModel(session, tasks, locale), locale));
        loader.register(CoursesView.class, () -> new CoursesView(
                new CoursesViewModel(session, tasks, locale), locale));
        loader.register(CalendarView.class, () -> new CalendarView(
                new CalendarViewModel(session, tasks, locale), locale));
        SectionsViewModel sections = new SectionsViewModel(session, tasks, locale);
        loader.register(SectionsView.class, () -> new SectionsView(sections, locale,
                (section, back) -> sectionRoster(section, sections.programmeLabel(section.programmeId()), back)));
        loader.register(AttendanceView.class, () -> new AttendanceView(
                new AttendanceViewModel(session, tasks, locale, java.time.LocalDate::now), locale));
        loader.register(ImportWizardView.class, () -> new ImportWizardView(
                new ImportWizardViewModel(session, tasks, locale), locale));
        setContent(loader.load(ShellView.class).root(), session.collegeName() + " \u2014 " + I18n.tr(locale, "client.app.name"));
    }

    private Parent palette(ViewLoader loader, ShellViewModel shell, PaletteActions actions) {
        loader.register(PaletteView.class, () -> new PaletteView(
                new PaletteViewModel(session, tasks, locale, shell.destinations(), theme, actions), locale));
        return loader.load(PaletteView.class).root();
    }

    private void openStudent(long studentId) {
        if (studentsScreen != null) {
            studentsScreen.openStudent(studentId);
        }
    }

    private Parent studentDetail(long studentId, Runnable back) {
        ViewLoader loader = newLoader();
        loader.register(StudentDetailView.class, () -> new StudentDetailView(
                new StudentDetailViewModel(session, tasks, locale, studentId), locale, back));
        loader.register(StudentEnrolmentsView.class, () -> new StudentEnrolmentsView(
                new StudentEnrolmentsViewModel(session, tasks, locale, studentId), locale));
        loader.register(StudentAttendanceView.class, () -> new StudentAttendanceView(
                new StudentAttendanceViewModel(session, tasks, locale, studentId, java.time.LocalDate::now), locale));
        StudentDocumentsViewModel documents = new StudentDocumentsViewModel(session, tasks, locale, studentId);
        loader.register(StudentDocumentsView.class, () -> new StudentDocumentsView(documents, locale));
        loader.register(FilePreviewView.class, () -> new FilePreviewView(documents.preview(), locale));
        return loader.load(StudentDetailView.class).root();
    }

    /** One teacher's detail with its Teaching and Mentees tabs; a null id records a new teacher. */
    private Parent teacherDetail(Long teacherId, Runnable back) {
        ViewLoader loader = newLoader();
        loader.register(TeacherDetailView.class, () -> new TeacherDetailView(
                new TeacherDetailViewModel(session, tasks, locale, teacherId), locale, back));
        loader.register(TeachingView.class, () -> new TeachingView(new TeachingViewModel(session, tasks, locale), locale));
        loader.register(MenteesView.class, () -> new MenteesView(new MenteesViewModel(session, tasks, locale), locale));
        return loader.load(TeacherDetailView.class).root();
    }

    private Parent sectionRoster(SectionView section, String programme, Runnable back) {
        ViewLoader loader = newLoader();
        loader.register(SectionRosterView.class, () -> new SectionRosterView(
                new SectionRosterViewModel(session, tasks, locale, section), locale, programme, back));
        return loader.load(SectionRosterView.class).root();
    }

    private Parent screen(ViewLoader loader, Destination destination) {
        return switch (destination) {
            case DASHBOARD -> loader.load(DashboardView.class).root();
            case TEACHERS -> loader.load(TeachersView.class).root();
            case DEPARTMENTS -> loader.load(DepartmentsView.class).root();
            case PROGRAMMES -> loader.load(ProgrammesView.class).root();
            case COURSES -> loader.load(CoursesView.class).root();
            case CALENDAR -> loader.load(CalendarView.class).root();
            case SECTIONS -> loader.load(SectionsView.class).root();
            case ATTENDANCE -> loader.load(AttendanceView.class).root();
            case STUDENTS -> {
                ViewLoader.Loaded<StudentsView> students = loader.load(StudentsView.class);
                studentsScreen = students.view();
                yield students.root();
            }
            case IMPORT -> loader.load(ImportWizardView.class).root();
        };
    }

    /** A loader whose screens get the chosen text size's pixel widths as they load. */
    private ViewLoader newLoader() {
        ViewLoader loader = new ViewLoader(locale);
        loader.setAfterLoad(root -> pixelWidths.size(root, textSize));
        return loader;
    }

    private void setContent(Parent root, String title) {
        stage.setTitle(title);
        textSize.apply(root);
        if (scene == null) {
            // a scene of its own, so that its keys act on this root's settings
            scene = new Scene(root, settings.number("window.width", 1180), settings.number("window.height", 760));
            addTextSizeKeys(scene);
            stage.setScene(scene);
        } else {
            scene.setRoot(root);
        }
    }

    /** Ctrl+Plus (or Ctrl+=), Ctrl+Minus and Ctrl+0 make the text larger, smaller, or the theme's size again. */
    private void addTextSizeKeys(Scene scene) {
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.PLUS, KeyCombination.SHORTCUT_DOWN),
                () -> changeTextSize(textSize.larger()));
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.EQUALS, KeyCombination.SHORTCUT_DOWN),
                () -> changeTextSize(textSize.larger()));
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.ADD, KeyCombination.SHORTCUT_DOWN),
                () -> changeTextSize(textSize.larger()));
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.MINUS, KeyCombination.SHORTCUT_DOWN),
                () -> changeTextSize(textSize.smaller()));
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.SUBTRACT, KeyCombination.SHORTCUT_DOWN),
                () -> changeTextSize(textSize.smaller()));
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.DIGIT0, KeyCombination.SHORTCUT_DOWN),
                () -> changeTextSize(TextSize.NORMAL));
    }

    private void changeTextSize(TextSize chosen) {
        textSize = chosen;
        textSize.apply(scene.getRoot());
        pixelWidths.resizeAll(textSize);
        settings.put("textSize", chosen.name());
        settings.save();
    }

    private void changeLanguageAtSignIn(Locale chosen) {
        remember(chosen);
        showSignIn();
    }

    private void changeLanguage(Locale chosen) {
        remember(chosen);
        showShell();
    }

    private void remember(Locale chosen) {
        locale = chosen;
        settings.put("language", chosen.toLanguageTag());
        settings.save();
    }

    private void changeTheme(Theme chosen) {
        theme = chosen;
        theme.apply();
        settings.put("theme", chosen.name());
        settings.save();
    }

    private void signOut() {
        if (session != null && !session.profile().embedded()) {
            session.services().database().close();
        }
        session = null;
        showSignIn();
    }

    @Override
    public void close() {
        WindowPlacement.remember(stage, settings);
        if (session != null && !session.profile().embedded()) {
            session.services().database().close();
        }
        opener.close();
    }
}
