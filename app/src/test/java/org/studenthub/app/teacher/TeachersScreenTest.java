package org.studenthub.app.teacher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.studenthub.app.client.ClientDriver.sidebarLabels;
import static org.studenthub.app.client.ClientDriver.text;
import static org.studenthub.app.client.ClientDriver.waitUntil;

import java.nio.file.Path;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.studenthub.app.client.ClientDriver;
import org.studenthub.core.teacher.TeacherView;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Clicks through the Teachers screen as office staff would: find a teacher, open, edit and save; record a new
 * teacher (with a field error first), add a teaching assignment and a mentee, and change its status. Headless.
 */
@ExtendWith(ApplicationExtension.class)
class TeachersScreenTest {

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
    void aTeacherIsFoundOpenedEditedAndSaved(FxRobot robot) throws Exception {
        client.signInToDemo(robot, "registrar.demo");
        assertThat(sidebarLabels(robot)).contains("Teachers");
        ClientDriver.open(robot, "Teachers");
        TableView<TeacherView> table = robot.lookup("#table").queryTableView();
        waitUntil(() -> table.getItems().size() > 5, 30);
        client.screenshot("teachers-en");

        TeacherView some = table.getItems().get(3);
        String start = some.familyName().substring(0, 3);
        robot.clickOn("#search").write(start);
        waitUntil(() -> !table.getItems().isEmpty() && table.getItems().stream()
                .allMatch(t -> t.familyName().toLowerCase(Locale.ROOT).startsWith(start.toLowerCase(Locale.ROOT))), 30);
        assertThat(table.getItems()).contains(some);

        robot.doubleClickOn(rowOf(robot, some));
        waitUntil(() -> field(robot, "#familyName").getText().equals(some.familyName()), 30);
        assertThat(field(robot, "#staffNumber").isEditable()).isFalse();
        client.screenshot("teacher-detail-en");

        robot.doubleClickOn("#phone").eraseText(40).write("+39 051 000 4321");
        robot.clickOn("#save");
        waitUntil(() -> "Saved.".equals(text(robot, "#saveMessage")), 30);

        robot.clickOn("#back");
        waitUntil(() -> robot.lookup("#table").query().isVisible(), 10);
    }

    @Test
    void aNewTeacherIsRecordedAfterAFieldErrorGivenTeachingAndAMenteeAndPutOnLeave(FxRobot robot) throws Exception {
        client.signInToDemo(robot, "registrar.demo");
        ClientDriver.open(robot, "Teachers");
        waitUntil(() -> !robot.lookup("#table").queryTableView().getItems().isEmpty(), 30);

        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#staffNumber").tryQuery().isPresent()
                && !robot.lookup("#departmentId").queryComboBox().getItems().isEmpty(), 30);
        assertThat(tab(robot, "Teaching").isDisable()).isTrue();
        String number = "UI-" + ProcessHandle.current().pid();
        robot.clickOn("#staffNumber").write(number);
        robot.clickOn("#givenName").write("Irene");
        robot.clickOn("#familyName").write("Valli");
        robot.clickOn("#email").write("irene at example");
        pickFirst(robot, "#departmentId");
        robot.clickOn("#save");
        waitUntil(() -> !text(robot, "#emailProblem").isEmpty(), 30);
        assertThat(text(robot, "#saveMessage")).contains("Nothing was saved");
        client.screenshot("teacher-new-error-en");

        robot.doubleClickOn("#email").eraseText(40).write("irene.valli@example.org");
        robot.clickOn("#save");
        waitUntil(() -> text(robot, "#saveMessage").equals("Teacher " + number + " recorded."), 30);
        assertThat(text(robot, "#emailProblem")).isEmpty();
        assertThat(tab(robot, "Teaching").isDisable()).isFalse();
        assertThat(field(robot, "#staffNumber").isEditable()).isFalse();

        robot.clickOn(tabHeader(robot, "Teaching"));
        waitUntil(() -> !robot.lookup("#sectionChoice").queryComboBox().getItems().isEmpty()
                && !robot.lookup("#courseChoice").queryComboBox().getItems().isEmpty(), 30);
        TableView<?> teaching = robot.lookup("#teaching #table").queryTableView();
        int before = teaching.getItems().size();
        pickFirst(robot, "#sectionChoice");
        pickFirst(robot, "#courseChoice");
        robot.clickOn("#add");
        waitUntil(() -> teaching.getItems().size() == before + 1, 30);
        assertThat(text(robot, "#teaching #message")).isEqualTo("Teaching assignment added.");
        client.screenshot("teacher-teaching-en");

        robot.clickOn(tabHeader(robot, "Mentees"));
        robot.clickOn("#studentSearch").write("S0000142");
        ListView<?> candidates = robot.lookup("#candidates").queryListView();
        waitUntil(() -> candidates.getItems().size() == 1 && !robot.lookup("#assign").queryButton().isDisabled(), 30);
        robot.clickOn("#assign");
        TableView<?> mentees = robot.lookup("#mentees #table").queryTableView();
        waitUntil(() -> text(robot, "#mentees #message").contains("is now mentored") && mentees.getItems().size() == 1,
                30);
        client.screenshot("teacher-mentees-en");
        robot.clickOn(tabHeader(robot, "Profile"));

        robot.clickOn("#statusMenu").clickOn("On leave");
        waitUntil(() -> robot.lookup("#confirm").tryQuery().isPresent(), 10);
        robot.clickOn(robot.lookup("#confirm .button").queryAllAs(Button.class).stream()
                .filter(b -> b.getText().equals("Change status")).findFirst().orElseThrow());
        waitUntil(() -> text(robot, "#subtitle").contains("On leave"), 30);

        robot.type(KeyCode.ESCAPE);
        TableView<TeacherView> table = robot.lookup("#table").queryTableView();
        waitUntil(() -> table.isVisible() && table.getItems().stream().anyMatch(t -> t.staffNumber().equals(number)), 30);
    }

    @Test
    void theDetailSpeaksItalianInTheDarkTheme(FxRobot robot) throws Exception {
        client.signInToDemo(robot, "registrar.demo");
        robot.clickOn("#language").clickOn("Italiano");
        waitUntil(() -> sidebarLabels(robot).contains("Docenti"), 10);
        robot.clickOn("#theme").clickOn("Scuro");
        waitUntil(() -> javafx.application.Application.getUserAgentStylesheet().contains("primer-dark"), 10);
        ClientDriver.open(robot, "Docenti");
        TableView<TeacherView> table = robot.lookup("#table").queryTableView();
        waitUntil(() -> !table.getItems().isEmpty(), 30);
        client.screenshot("teachers-dark-it");

        robot.doubleClickOn((Node) robot.lookup("#table .table-row-cell").nth(0).query());
        waitUntil(() -> !field(robot, "#familyName").getText().isEmpty(), 30);
        assertThat(tab(robot, "Insegnamenti")).isNotNull();
        client.screenshot("teacher-detail-dark-it");
        robot.clickOn(tabHeader(robot, "Insegnamenti"));
        waitUntil(() -> !robot.lookup("#courseChoice").queryComboBox().getItems().isEmpty(), 30);
        client.screenshot("teacher-teaching-dark-it");
        robot.clickOn(tabHeader(robot, "Tutorati"));
        client.screenshot("teacher-mentees-dark-it");
    }

    private static Node rowOf(FxRobot robot, TeacherView teacher) {
        return robot.lookup("#table .table-row-cell").queryAllAs(TableRow.class).stream()
                .filter(row -> teacher.equals(row.getItem())).findFirst().orElseThrow();
    }

    /** The header of a detail tab (a sidebar entry may carry the same word, such as "Insegnamenti"). */
    private static Node tabHeader(FxRobot robot, String text) {
        return robot.lookup(".tab-pane .tab-label").queryAllAs(javafx.scene.control.Label.class).stream()
                .filter(label -> label.getText().equals(text)).findFirst().orElseThrow();
    }

    private static TextField field(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(TextField.class);
    }

    private static Tab tab(FxRobot robot, String text) {
        return robot.lookup(".tab-pane").queryAs(javafx.scene.control.TabPane.class).getTabs().stream()
                .filter(t -> t.getText().equals(text)).findFirst().orElseThrow();
    }

    /** Opens a combo box and clicks its first entry. */
    private static void pickFirst(FxRobot robot, String combo) {
        robot.clickOn(combo);
        robot.clickOn((Node) robot.lookup(".combo-box-popup .list-cell").nth(0).query());
    }
}
