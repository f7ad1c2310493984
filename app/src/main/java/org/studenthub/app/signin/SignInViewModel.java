package org.studenthub.app.signin;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.studenthub.app.I18n;
import org.studenthub.app.fx.BackgroundTasks;
import org.studenthub.app.fx.ErrorText;
import org.studenthub.app.session.ConnectionProfile;
import org.studenthub.app.session.Session;
import org.studenthub.app.session.SessionOpener;
import org.studenthub.core.db.DatabaseLocation;
import org.studenthub.core.demo.DemoAccount;
import org.studenthub.core.demo.DemoOptions;
import org.studenthub.core.demo.DemoProgress;
import org.studenthub.core.demo.DemoReport;
import org.studenthub.core.tenancy.PlatformContext;

/**
 * The sign-in window: where the data is (this computer, or the college server), who signs in, and the first
 * run of an empty embedded database (load demo data, then show the demo sign-in names). Every database call
 * runs in the background; the window stays responsive and says what is happening.
 */
public final class SignInViewModel {
    private final SessionOpener opener;
    private final BackgroundTasks tasks;
    private final Consumer<Session> signedIn;
    private final Locale locale;
    private final int demoStudents;

    private final ObjectProperty<ConnectionProfile.Kind> kind = new SimpleObjectProperty<>(ConnectionProfile.Kind.EMBEDDED);
    private final StringProperty folder = new SimpleStringProperty("");
    private final StringProperty host = new SimpleStringProperty("");
    private final StringProperty port = new SimpleStringProperty(Integer.toString(ConnectionProfile.DEFAULT_PORT));
    private final StringProperty database = new SimpleStringProperty("studenthub");
    private final StringProperty login = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper firstRun = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper messageIsError = new ReadOnlyBooleanWrapper();
    private final ObservableList<String> demoAccounts = FXCollections.observableArrayList();
    private final BooleanProperty demoOffered = new SimpleBooleanProperty();

    /** @param demoStudents how many students the first run's demo college gets */
    public SignInViewModel(SessionOpener opener, BackgroundTasks tasks, Locale locale, int demoStudents,
                           Consumer<Session> signedIn) {
        this.opener = opener;
        this.tasks = tasks;
        this.locale = locale;
        this.demoStudents = demoStudents;
        this.signedIn = signedIn;
        demoOffered.bind(firstRun.and(kind.isEqualTo(ConnectionProfile.Kind.EMBEDDED)));
        kind.addListener((o, was, now) -> {
            message.set("");
            warmUp();
        });
    }

    /**
     * On this computer: opens an existing embedded database in the background, so that signing in feels
     * instant, and spots one without accounts. A folder without a database is a first run: nothing is created
     * until the person signs in or loads the demo data.
     */
    public void warmUp() {
        if (kind.get() != ConnectionProfile.Kind.EMBEDDED || folder.get().isBlank()) {
            return;
        }
        ConnectionProfile profile = profile();
        if (!Files.exists(profile.folder().resolve(DatabaseLocation.H2_FILE_NAME + ".mv.db"))) {
            firstRun.set(true);
            info(I18n.tr(locale, "client.signin.first_run", profile.folder()));
            return;
        }
        busy.set(true);
        tasks.wrap(() -> opener.hasNoAccounts(profile))
                .onSuccess(empty -> {
                    busy.set(false);
                    firstRun.set(empty);
                    if (empty) {
                        info(I18n.tr(locale, "client.signin.first_run", profile.folder()));
                    }
                })
                .onFailure(this::failed)
                .start();
    }

    public void signIn() {
        if (!canSignIn().get()) {
            return;
        }
        ConnectionProfile profile = profile();
        String who = login.get().strip();
        char[] secret = password.get().toCharArray();
        password.set("");
        busy.set(true);
        info(I18n.tr(locale, "client.signin.signing_in", who));
        tasks.wrap(() -> opener.signIn(profile, who, secret))
                .onSuccess(session -> {
                    busy.set(false);
                    message.set("");
                    signedIn.accept(session);
                })
                .onFailure(this::failed)
                .start();
    }

    /** Connects to the server profile without signing in anyone, and says whether it answered. */
    public void testConnection() {
        ConnectionProfile profile = profile();
        String who = login.get().strip();
        char[] secret = password.get().toCharArray();
        busy.set(true);
        tasks.wrap(() -> {
            ServerCheck.check(profile, who, secret);
            return profile.describe();
        }).onSuccess(where -> {
            busy.set(false);
            info(I18n.tr(locale, "client.signin.connection_ok", where));
        }).onFailure(this::failed).start();
    }

    /** First run on this computer: creates the demo college and lists its sign-in names. */
    public void loadDemo() {
        ConnectionProfile profile = profile();
        busy.set(true);
        info(I18n.tr(locale, "client.signin.demo_loading"));
        tasks.wrap(() -> opener.embeddedServices(profile).demoGenerator()
                        .generate(PlatformContext.system("setup"), DemoOptions.ofStudents(demoStudents), DemoProgress.NONE))
                .onSuccess(report -> {
                    busy.set(false);
                    firstRun.set(false);
                    showDemoAccounts(report);
                })
                .onFailure(this::failed)
                .start();
    }

    private void showDemoAccounts(DemoReport report) {
        List<String> lines = report.colleges().get(0).accounts().stream().map(SignInViewModel::describe).toList();
        demoAccounts.setAll(lines);
        report.colleges().get(0).accounts().stream().filter(a -> a.login().startsWith("registrar."))
                .findFirst().ifPresent(a -> login.set(a.login()));
        info(I18n.tr(locale, "client.signin.demo_ready", DemoReport.demoPassword()));
    }

    private static String describe(DemoAccount account) {
        return account.login() + "  \u2014  " + account.role().code()
                + (account.person() == null ? "" : " (" + account.person() + ")");
    }

    private void failed(Throwable error) {
        busy.set(false);
        message.set(ErrorText.of(locale, error));
        messageIsError.set(true);
    }

    private void info(String text) {
        message.set(text);
        messageIsError.set(false);
    }

    ConnectionProfile profile() {
        if (kind.get() == ConnectionProfile.Kind.EMBEDDED) {
            return ConnectionProfile.embedded(Path.of(folder.get().strip()));
        }
        int portNumber;
        try {
            portNumber = Integer.parseInt(port.get().strip());
        } catch (NumberFormatException e) {
            portNumber = ConnectionProfile.DEFAULT_PORT;
        }
        return ConnectionProfile.server(host.get().strip(), portNumber, database.get().strip());
    }

    public BooleanBinding canSignIn() {
        return Bindings.createBooleanBinding(() -> !busy.get() && !login.get().isBlank()
                        && (kind.get() == ConnectionProfile.Kind.EMBEDDED ? !folder.get().isBlank()
                        : !host.get().isBlank() && !database.get().isBlank() && port.get().strip().matches("\\d{1,5}")),
                busy, login, kind, folder, host, database, port);
    }

    public ObjectProperty<ConnectionProfile.Kind> kindProperty() {
        return kind;
    }

    public StringProperty folderProperty() {
        return folder;
    }

    public StringProperty hostProperty() {
        return host;
    }

    public StringProperty portProperty() {
        return port;
    }

    public StringProperty databaseProperty() {
        return database;
    }

    public StringProperty loginProperty() {
        return login;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty firstRunProperty() {
        return firstRun.getReadOnlyProperty();
    }

    public BooleanProperty demoOfferedProperty() {
        return demoOffered;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty messageIsErrorProperty() {
        return messageIsError.getReadOnlyProperty();
    }

    public ObservableList<String> demoAccounts() {
        return demoAccounts;
    }
}
