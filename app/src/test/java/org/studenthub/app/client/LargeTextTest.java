package org.studenthub.app.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.studenthub.app.client.ClientDriver.sidebarLabels;
import static org.studenthub.app.client.ClientDriver.waitUntil;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Text at 150%: on every screen of the sidebar, in English and Italian, every label, button, choice and column
 * header of the whole window shows its text whole (none ends in "..."). Anything clipped is also listed in
 * {@code target/large-text-clipped.txt}, with its screenshot beside it. Ctrl+Plus and Ctrl+0 change the size and the
 * choice is remembered.
 */
@ExtendWith(ApplicationExtension.class)
class LargeTextTest {
    /** Every clipped text of every screen at 150%: target/large-text-clipped.txt. */
    private static final List<String> REPORT = new ArrayList<>();

    @TempDir
    Path home;

    private ClientDriver client;

    @Start
    void start(Stage stage) {
        client = new ClientDriver(stage, home);
    }

    @AfterEach
    void close() throws Exception {
        client.close();
    }

    @Test
    void everyScreenShowsItsTextWholeAt150Percent(FxRobot robot) throws Exception {
        client.with("textSize", "LARGEST").signInToDemo(robot, "registrar.demo");
        List<String> clipped = new ArrayList<>(clippedOnEveryScreen(robot, "en"));
        robot.clickOn("#language").clickOn("Italiano");
        waitUntil(() -> sidebarLabels(robot).contains("Studenti"), 10);
        clipped.addAll(clippedOnEveryScreen(robot, "it"));

        java.nio.file.Files.write(Path.of("target/large-text-clipped.txt"), REPORT);
        assertThat(clipped).isEmpty();
    }

    @Test
    void theTextSizeChangesFromTheKeyboardAndIsRemembered(FxRobot robot) throws Exception {
        client.signInToDemo(robot, "registrar.demo");
        assertThat(rootStyle()).contains("14.0px");

        for (int i = 0; i < 2 && !rootStyle().contains("21.0px"); i++) {
            robot.press(KeyCode.CONTROL).type(KeyCode.EQUALS).release(KeyCode.CONTROL);
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(rootStyle()).doesNotContain("14.0px");
        }
        assertThat(rootStyle()).contains("21.0px");
        waitUntil(() -> Files.readString(client.settingsFile()).contains("textSize=LARGEST"), 5);

        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT0).release(KeyCode.CONTROL);
        waitUntil(() -> rootStyle().contains("14.0px"), 5);
        waitUntil(() -> Files.readString(client.settingsFile()).contains("textSize=NORMAL"), 5);
    }

    /** The window root's style, read on the FX thread. */
    private String rootStyle() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> client.stage().getScene().getRoot().getStyle()).get();
    }

    private List<String> clippedOnEveryScreen(FxRobot robot, String language) throws Exception {
        List<String> clipped = new ArrayList<>();
        for (String screen : sidebarLabels(robot)) {
            ClientDriver.open(robot, screen);
            Thread.sleep(1_500);
            WaitForAsyncUtils.waitForFxEvents();
            client.screenshot("large-text-" + language + "-" + screen.toLowerCase(java.util.Locale.ROOT).replace(' ', '-'));
            List<String> found = WaitForAsyncUtils.asyncFx(
                    () -> ClippedText.under(client.stage().getScene().getRoot())).get();
            found.forEach(text -> clipped.add(language + " " + screen + ": " + text));
        }
        REPORT.addAll(clipped);
        return clipped;
    }
}
