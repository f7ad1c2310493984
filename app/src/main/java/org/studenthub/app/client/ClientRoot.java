package org.studenthub.app.client;

import java.nio.file.Path;
import java.util.Locale;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.studenthub.app.AppDirectories;
import org.studenthub.app.I18n;
import org.studenthub.app.dashboard.DashboardView;
import org.studenthub.app.dashboard.DashboardViewModel;
import org.studenthub.app.fx.BackgroundTasks;
import org.studenthub.app.fx.Languages;
import org.studenthub.app.fx.Theme;
import org.studenthub.app.fx.ViewLoader;
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
import org.studenthub.app.student.StudentsView;
import org.studenthub.app.student.StudentsViewModel;

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
    private Session session;

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
        ViewLoader loader = new ViewLoader(locale);
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
        ViewLoader loader = new ViewLoader(locale);
        loader.register(ShellView.class, () -> new ShellView(model, destination -> screen(loader, destination),
                locale, this::changeLanguage, theme, this::changeTheme, this::signOut));
        loader.register(DashboardView.class, () -> new DashboardView(new DashboardViewModel(session, tasks, locale),
                locale, session.displayName() == null ? session.login() : session.displayName()));
        loader.register(StudentsView.class, () -> new StudentsView(new StudentsViewModel(session, tasks, locale), locale,
                (studentId, back) -> studentDetail(studentId, back)));
        loader.register(ImportWizardView.class, () -> new ImportWizardView(
                new ImportWizardViewModel(session, tasks, locale), locale));
        setContent(loader.load(ShellView.class).root(), session.collegeName() + " \u2014 " + I18n.tr(locale, "client.app.name"));
    }

    private Parent studentDetail(long studentId, Runnable back) {
        ViewLoader loader = new ViewLoader(locale);
        loader.register(StudentDetailView.class, () -> new StudentDetailView(
                new StudentDetailViewModel(session, tasks, locale, studentId), locale, back));
        return loader.load(StudentDetailView.class).root();
    }

    private Parent screen(ViewLoader loader, Destination destination) {
        return switch (destination) {
            case DASHBOARD -> loader.load(DashboardView.class).root();
            case STUDENTS -> loader.load(StudentsView.class).root();
            case IMPORT -> loader.load(ImportWizardView.class).root();
        };
    }

    private void setContent(Parent root, String title) {
        stage.setTitle(title);
        if (stage.getScene() == null) {
            stage.setScene(new Scene(root, settings.number("window.width", 1180), settings.number("window.height", 760)));
        } else {
            stage.getScene().setRoot(root);
        }
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
