package org.studenthub.app.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.studenthub.app.client.ClientDriver.sidebarButton;
import static org.studenthub.app.client.ClientDriver.sidebarLabels;
import static org.studenthub.app.client.ClientDriver.text;
import static org.studenthub.app.client.ClientDriver.waitUntil;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.studenthub.core.demo.DemoReport;
import org.studenthub.core.student.search.StudentRow;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Clicks through the real client as office staff would: first run with demo data, sign-in (right and wrong
 * password), the dashboard, searching students, switching language. Headless (Monocle), on an embedded database.
 */
@ExtendWith(ApplicationExtension.class)
class ClientFlowTest {

    @TempDir
    Path home;

    private ClientDriver client;

    @Start
    void start(Stage stage) {
        this.client = new ClientDriver(stage, home);
    }

    @AfterEach
    void close() throws Exception {
        client.close();
    }

    @Test
    void firstRunLoadsTheDemoShowsItsSignInNamesAndSignsIn(FxRobot robot) throws Exception {
        client.launch(home.resolve("data/db"));
        assertThat(robot.lookup("#loadDemo").queryButton().isVisible()).isTrue();
        assertThat(text(robot, "#message")).contains("no StudentHub data");
        client.screenshot("sign-in-first-run");

        robot.clickOn("#loadDemo");
        waitUntil(() -> !robot.lookup("#demoAccounts").queryListView().getItems().isEmpty(), 120);

        ListView<?> accounts = robot.lookup("#demoAccounts").queryListView();
        assertThat(accounts.getItems()).anySatisfy(a -> assertThat(a.toString()).startsWith("registrar.demo"));
        assertThat(robot.lookup("#login").queryAs(TextField.class).getText()).isEqualTo("registrar.demo");
        assertThat(robot.lookup("#loadDemo").queryButton().isVisible()).isFalse();
        client.screenshot("sign-in-demo-ready");

        client.signIn(robot, DemoReport.demoPassword());
        assertThat(sidebarLabels(robot)).startsWith("Dashboard", "Students");
    }

    @Test
    void aWrongPasswordIsExplainedAndTheRightOneOpensTheDashboard(FxRobot robot) throws Exception {
        client.launch(DemoHome.databaseFolder());
        robot.clickOn("#login").write("registrar.demo");

        robot.clickOn("#password").write("not-the-password").type(KeyCode.ENTER);
        waitUntil(() -> text(robot, "#message").contains("SH-"), 30);

        assertThat(text(robot, "#message")).contains("SH-SECURITY-SIGNIN");
        assertThat(robot.lookup("#password").queryAs(TextField.class).getText()).isEmpty();
        assertThat(robot.lookup(".sidebar").tryQuery()).isEmpty();

        client.signIn(robot, DemoReport.demoPassword());
        waitUntil(() -> robot.lookup(".stat-card").queryAll().size() >= 4, 30);
        assertThat(robot.lookup(".stat-value").queryAllAs(Label.class)).extracting(Label::getText)
                .anySatisfy(value -> assertThat(Integer.parseInt(value.replace(",", ""))).isPositive());
        client.screenshot("dashboard-light-en");
    }

    @Test
    void searchingStudentsFiltersTheTableFromTheDatabase(FxRobot robot) throws Exception {
        client.launch(DemoHome.databaseFolder());
        robot.clickOn("#login").write("registrar.demo");
        client.signIn(robot, DemoReport.demoPassword());
        robot.clickOn(sidebarButton(robot, "Students"));
        TableView<StudentRow> table = robot.lookup("#table").queryTableView();
        waitUntil(() -> table.getItems().size() == 100, 30);

        StudentRow some = table.getItems().get(37);
        String family = some.familyName().substring(0, 3);
        robot.clickOn("#search").write(family);
        waitUntil(() -> !table.getItems().isEmpty() && table.getItems().stream()
                .allMatch(r -> matches(r, family)), 30);

        assertThat(table.getItems()).contains(some).hasSizeLessThan(DemoHome.STUDENTS);
        client.screenshot("students-search-en");
    }

    @Test
    void aStudentOpensFromTheListIsEditedAndSaved(FxRobot robot) throws Exception {
        client.launch(DemoHome.databaseFolder());
        robot.clickOn("#login").write("registrar.demo");
        client.signIn(robot, DemoReport.demoPassword());
        robot.clickOn(sidebarButton(robot, "Students"));
        TableView<StudentRow> table = robot.lookup("#table").queryTableView();
        waitUntil(() -> table.getItems().size() == 100, 30);
        StudentRow first = table.getItems().get(0);

        robot.doubleClickOn((Node) robot.lookup(".table-row-cell").nth(0).query());
        waitUntil(() -> robot.lookup("#phone").tryQuery().isPresent()
                && !robot.lookup("#familyName").queryAs(TextField.class).getText().isEmpty(), 30);
        assertThat(robot.lookup("#familyName").queryAs(TextField.class).getText()).isEqualTo(first.familyName());
        client.screenshot("student-detail-en");

        robot.doubleClickOn("#phone").eraseText(40).write("+39 051 000 1234");
        robot.clickOn("#save");
        waitUntil(() -> "Saved.".equals(text(robot, "#saveMessage")), 30);

        robot.clickOn("#back");
        waitUntil(() -> robot.lookup("#table").query().isVisible(), 10);
        assertThat(table.getItems()).hasSize(100);
    }

    @Test
    void switchingToItalianTranslatesTheSignInWindow(FxRobot robot) throws Exception {
        client.launch(DemoHome.databaseFolder());
        robot.clickOn("#language").clickOn("Italiano");
        waitUntil(() -> robot.lookup("#signIn").tryQuery().map(n -> ((Button) n).getText()).orElse("").equals("Accedi"), 10);

        assertThat(robot.lookup("#signIn").queryButton().getText()).isEqualTo("Accedi");
        assertThat(Files.readString(client.settingsFile())).contains("language=it");
        client.screenshot("sign-in-it");
    }

    @Test
    void languageAndThemeChangeInTheMainWindowAndAreRemembered(FxRobot robot) throws Exception {
        client.launch(DemoHome.databaseFolder());
        robot.clickOn("#login").write("registrar.demo");
        client.signIn(robot, DemoReport.demoPassword());

        robot.clickOn("#language").clickOn("Italiano");
        waitUntil(() -> sidebarLabels(robot).contains("Studenti"), 10);
        robot.clickOn("#theme").clickOn("Scuro");
        waitUntil(() -> javafx.application.Application.getUserAgentStylesheet().contains("primer-dark"), 10);
        waitUntil(() -> robot.lookup(".stat-card").queryAll().size() >= 4, 30);

        assertThat(sidebarLabels(robot)).startsWith("Riepilogo", "Studenti");
        assertThat(Files.readString(client.settingsFile())).contains("language=it").contains("theme=DARK");
        client.screenshot("dashboard-dark-it");
        robot.clickOn(sidebarButton(robot, "Studenti"));
        waitUntil(() -> robot.lookup("#table").queryTableView().getItems().size() == 100, 30);
        client.screenshot("students-dark-it");
    }

    private static boolean matches(StudentRow row, String text) {
        String wanted = text.toLowerCase(java.util.Locale.ROOT);
        return (row.familyName() + " " + row.givenName() + " " + (row.preferredName() == null ? "" : row.preferredName()))
                .toLowerCase(java.util.Locale.ROOT).contains(wanted);
    }
}
