package org.studenthub.app.client;

import java.lang.management.ManagementFactory;
import java.nio.channels.FileLock;
import java.util.Optional;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.stage.Stage;
import org.studenthub.app.AppDirectories;
import org.studenthub.app.I18n;
import org.studenthub.app.fx.BackgroundTasks;
import org.studenthub.app.fx.Languages;

/** The desktop client's JavaFX application: one window per user and computer. */
public final class ClientApp extends Application {
    /** The first run's demo college: big enough to feel real, created in well under a minute. */
    static final int DEMO_STUDENTS = 1000;
    /**
     * For the launch benchmark: a file to which the JVM's uptime (ms) is written once the sign-in window is on
     * screen, after which the client quits. Never set in normal use.
     */
    static final String LAUNCH_PROBE = "studenthub.launchProbe";

    private ClientRoot root;
    private BackgroundTasks tasks;
    private FileLock lock;

    @Override
    public void start(Stage stage) throws Exception {
        AppDirectories directories = AppDirectories.forCurrentUser();
        Optional<FileLock> acquired = SingleInstance.acquire(directories.data());
        ClientSettings settings = ClientSettings.load(directories.data().resolve("client.properties"));
        if (acquired.isEmpty()) {
            java.util.Locale locale = Languages.closest(settings.get("language")
                    .map(java.util.Locale::forLanguageTag).orElse(java.util.Locale.getDefault()));
            Alert alert = new Alert(Alert.AlertType.INFORMATION, I18n.tr(locale, "client.already_running"));
            alert.setHeaderText(I18n.tr(locale, "client.app.name"));
            alert.showAndWait();
            Platform.exit();
            return;
        }
        lock = acquired.get();
        tasks = BackgroundTasks.forFx();
        root = new ClientRoot(stage, directories, settings, tasks, DEMO_STUDENTS);
        String probe = System.getProperty(LAUNCH_PROBE);
        if (probe != null) {
            stage.setOnShown(e -> Platform.runLater(() -> reportShown(java.nio.file.Path.of(probe))));
        }
        root.start();
    }

    private static void reportShown(java.nio.file.Path file) {
        try {
            java.nio.file.Files.writeString(file, Long.toString(ManagementFactory.getRuntimeMXBean().getUptime()));
        } catch (java.io.IOException e) {
            org.slf4j.LoggerFactory.getLogger(ClientApp.class).warn("Cannot write the launch probe {}", file, e);
        }
        Platform.exit();
    }

    @Override
    public void stop() throws Exception {
        if (root != null) {
            root.close();
        }
        if (tasks != null) {
            tasks.close();
        }
        if (lock != null) {
            lock.release();
            lock.channel().close();
        }
    }
}
