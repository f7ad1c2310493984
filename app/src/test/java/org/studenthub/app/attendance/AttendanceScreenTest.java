package org.studenthub.app.attendance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.studenthub.app.client.ClientDriver.open;
import static org.studenthub.app.client.ClientDriver.sidebarLabels;
import static org.studenthub.app.client.ClientDriver.text;
import static org.studenthub.app.client.ClientDriver.waitUntil;

import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.studenthub.app.client.ClientDriver;
import org.studenthub.core.attendance.Mark;
import org.studenthub.core.student.search.StudentRow;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A faculty member takes attendance in the real client: picks their section, opens today's register, marks it from
 * the keyboard, saves with Ctrl+S, and finds the marks in a student's Attendance tab; then the screen in Italian
 * with the dark theme.
 */
@ExtendWith(ApplicationExtension.class)
class AttendanceScreenTest {

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
    void aRegisterIsTypedFromTheKeyboardSavedWithCtrlSAndShownOnTheStudent(FxRobot robot) throws Exception {
        client.signInToDemo(robot, "faculty.demo");
        assertThat(sidebarLabels(robot)).contains("Attendance");
        open(robot, "Attendance");
        ComboBox<SectionChoice> section = robot.lookup("#section").queryComboBox();
        waitUntil(() -> !section.getItems().isEmpty(), 30);

        robot.clickOn(section);
        String mine = section.getConverter().toString(section.getItems().get(0));
        robot.clickOn(robot.lookup(".list-cell").match((ListCell<?> c) -> mine.equals(c.getText())).queryAs(Node.class));
        assertThat(section.getValue()).isEqualTo(section.getItems().get(0));
        assertThat(mine).contains("(yours)");
        robot.clickOn("#open");
        TableView<RegisterRow> table = robot.lookup("#table").queryTableView();
        waitUntil(() -> !table.getItems().isEmpty(), 30);
        assertThat(text(robot, "#legend")).contains("P Present").contains("A Absent").contains("L Late")
                .contains("E Excused");

        robot.write("pa");
        waitUntil(() -> table.getItems().get(1).mark() == Mark.ABSENT, 10);
        assertThat(table.getItems().get(0).mark()).isEqualTo(Mark.PRESENT);
        assertThat(table.getSelectionModel().getSelectedIndex()).isEqualTo(2);
        robot.type(KeyCode.UP).write("l");
        waitUntil(() -> table.getItems().get(1).mark() == Mark.LATE, 10);
        robot.clickOn("#allPresent");
        assertThat(text(robot, "#message")).contains("marked present");
        assertThat(robot.lookup("#save").queryButton().isDisabled()).isFalse();

        robot.push(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN));
        waitUntil(() -> text(robot, "#message").startsWith("Saved"), 30);
        assertThat(table.getItems()).allSatisfy(row -> assertThat(row.isUnsaved()).isFalse());
        assertThat(robot.lookup("#save").queryButton().isDisabled()).isTrue();
        assertThat(robot.lookup(".count-chip").queryAllAs(Label.class)).extracting(Label::getText)
                .contains("Late 1", "Unmarked 0", "Unsaved 0");
        client.screenshot("attendance-en");

        String number = table.getItems().get(1).studentNumber();
        open(robot, "Students");
        TableView<StudentRow> students = robot.lookup("#table").queryTableView();
        robot.clickOn("#search").write(number);
        waitUntil(() -> students.getItems().size() == 1 && students.getItems().get(0).studentNumber().equals(number),
                30);
        robot.doubleClickOn(robot.lookup(".table-row-cell")
                .match((TableRow<StudentRow> row) -> row.getItem() != null && row.getItem().studentNumber().equals(number))
                .queryAs(Node.class));
        waitUntil(() -> robot.lookup(".tab-pane").tryQuery().isPresent(), 30);
        robot.clickOn(robot.lookup(".tab-label").match((Label l) -> "Attendance".equals(l.getText()))
                .queryAs(Node.class));
        waitUntil(() -> robot.lookup("#attendance-total").tryQuery().isPresent(), 30);

        assertThat(robot.lookup(".tab-pane").queryAs(TabPane.class).getSelectionModel().getSelectedItem().getText())
                .isEqualTo("Attendance");
        assertThat(cardValue(robot, "#attendance-late")).isPositive();
        assertThat(cardValue(robot, "#attendance-total")).isGreaterThanOrEqualTo(11);
        assertThat(robot.lookup("#attendance-rate .stat-value").queryAs(Label.class).getText()).endsWith("%");
        client.screenshot("student-attendance-en");
    }

    @Test
    void theScreenReadsWellInItalianWithTheDarkTheme(FxRobot robot) throws Exception {
        client.signInToDemo(robot, "faculty.demo");
        robot.clickOn("#language").clickOn("Italiano");
        waitUntil(() -> sidebarLabels(robot).contains("Presenze"), 10);
        robot.clickOn("#theme").clickOn("Scuro");
        waitUntil(() -> javafx.application.Application.getUserAgentStylesheet().contains("primer-dark"), 10);

        open(robot, "Presenze");
        ComboBox<SectionChoice> section = robot.lookup("#section").queryComboBox();
        waitUntil(() -> section.getValue() != null, 30);
        TableView<RegisterRow> sessions = robot.lookup("#sessions").queryTableView();
        waitUntil(() -> !sessions.getItems().isEmpty(), 30);
        robot.clickOn("#open");
        TableView<RegisterRow> table = robot.lookup("#table").queryTableView();
        waitUntil(() -> !table.getItems().isEmpty(), 30);
        robot.write("par");

        assertThat(text(robot, "#legend")).contains("R In ritardo").contains("G Giustificato");
        assertThat(robot.lookup("#save").queryButton().getText()).isEqualTo("_Salva");
        client.screenshot("attendance-dark-it");
    }

    private static long cardValue(FxRobot robot, String card) {
        return Long.parseLong(robot.lookup(card + " .stat-value").queryAs(Label.class).getText().replace(",", ""));
    }
}
