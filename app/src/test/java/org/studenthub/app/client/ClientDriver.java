package org.studenthub.app.client;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.studenthub.app.AppDirectories;
import org.studenthub.app.fx.BackgroundTasks;
import org.studenthub.core.demo.DemoReport;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Starts the real client in a TestFX stage and drives it the way a person does: sign in, open a screen from the
 * sidebar, wait for background work. Each UI test class makes one in its {@code @Start} method and closes it after
 * each test.
 */
public final class ClientDriver implements AutoCloseable {
    private final Stage stage;
    private final Path home;
    private final java.util.Map<String, String> presets = new java.util.LinkedHashMap<>();
    private ClientRoot root;
    private BackgroundTasks tasks;

    /** @param home a temporary folder for the client's settings, data and logs */
    public ClientDriver(Stage stage, Path home) {
        this.stage = stage;
        this.home = home;
    }

    public Stage stage() {
        return stage;
    }

    /** The client's settings file. */
    public Path settingsFile() {
        return home.resolve("data/client.properties");
    }

    /** A client setting (as the settings file would hold it) for the next {@link #launch}. */
    public ClientDriver with(String key, String value) {
        presets.put(key, value);
        return this;
    }

    /** Shows the sign-in window with {@code databaseFolder} as the remembered embedded profile. */
    public void launch(Path databaseFolder) throws Exception {
        Files.createDirectories(settingsFile().getParent());
        ClientSettings settings = ClientSettings.load(settingsFile());
        settings.put("profile.folder", databaseFolder.toString());
        presets.forEach(settings::put);
        tasks = BackgroundTasks.forFx();
        AppDirectories directories = new AppDirectories(home.resolve("data"), home.resolve("logs"));
        WaitForAsyncUtils.asyncFx(() -> {
            root = new ClientRoot(stage, directories, settings, tasks, 100);
            root.start();
        }).get();
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Launches on the shared demo college and signs {@code login} in with the demo password. */
    public void signInToDemo(FxRobot robot, String login) throws Exception {
        launch(DemoHome.databaseFolder());
        robot.clickOn("#login").write(login);
        signIn(robot, DemoReport.demoPassword());
    }

    /** Types the password, presses Enter and waits for the main window. */
    public void signIn(FxRobot robot, String password) throws Exception {
        robot.clickOn("#password").write(password).type(KeyCode.ENTER);
        waitUntil(() -> robot.lookup(".sidebar").tryQuery().isPresent(), 60);
    }

    /** The labels of the sidebar's buttons, top to bottom. */
    public static List<String> sidebarLabels(FxRobot robot) {
        return robot.lookup(".sidebar .button").queryAllAs(Button.class).stream().map(Button::getText).toList();
    }

    public static Node sidebarButton(FxRobot robot, String label) {
        return robot.lookup(".sidebar .button").queryAllAs(Button.class).stream()
                .filter(b -> b.getText().equals(label)).findFirst().orElseThrow();
    }

    /** Clicks the sidebar entry {@code label}. */
    public static void open(FxRobot robot, String label) {
        robot.clickOn(sidebarButton(robot, label));
        WaitForAsyncUtils.waitForFxEvents();
    }

    public static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    public static void waitUntil(Callable<Boolean> condition, int seconds) throws Exception {
        WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** A picture of the window (see {@link Screenshots}). */
    public Path screenshot(String name) throws Exception {
        return Screenshots.take(stage, name);
    }

    @Override
    public void close() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            if (root != null) {
                root.close();
            }
            stage.hide();
        }).get();
        if (tasks != null) {
            tasks.close();
        }
    }
}
