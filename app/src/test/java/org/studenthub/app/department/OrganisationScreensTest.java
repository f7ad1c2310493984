package org.studenthub.app.department;

import static org.assertj.core.api.Assertions.assertThat;
import static org.studenthub.app.client.ClientDriver.open;
import static org.studenthub.app.client.ClientDriver.sidebarLabels;
import static org.studenthub.app.client.ClientDriver.text;
import static org.studenthub.app.client.ClientDriver.waitUntil;

import java.nio.file.Path;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.studenthub.app.client.ClientDriver;
import org.studenthub.app.fx.UniqueCodes;
import org.studenthub.core.calendar.AcademicYearView;
import org.studenthub.core.calendar.TermView;
import org.studenthub.core.course.CourseView;
import org.studenthub.core.department.DepartmentView;
import org.studenthub.core.programme.ProgrammeView;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Clicks through the organisation screens of the real client as a registrar: a department and a programme created
 * and edited (with a field problem on the way), a course found by typing, a term added to a new academic year;
 * and the same screens read-only for the principal.
 */
@ExtendWith(ApplicationExtension.class)
class OrganisationScreensTest {
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

    private static void replace(FxRobot robot, String query, String typed) {
        robot.clickOn(query).push(KeyCode.CONTROL, KeyCode.A).write(typed);
    }

    /** Opens the picker {@code query} and clicks its entry {@code label}. */
    private static void pick(FxRobot robot, String query, String label) {
        robot.clickOn(query);
        robot.clickOn((Node) robot.lookup(".combo-box-popup .list-cell")
                .match((javafx.scene.control.ListCell<?> cell) -> label.equals(cell.getText())).query());
    }

    private static void saved(FxRobot robot) throws Exception {
        waitUntil(() -> "Saved.".equals(text(robot, "#editorMessage")), 30);
    }

    @Test
    void aDepartmentIsCreatedEditedAndClosed(FxRobot robot) throws Exception {
        client.signInToDemo(robot, "registrar.demo");
        assertThat(sidebarLabels(robot)).contains("Departments", "Programmes", "Courses", "Calendar");
        open(robot, "Departments");
        TableView<DepartmentView> table = robot.lookup("#table").queryTableView();
        waitUntil(() -> !table.getItems().isEmpty(), 30);
        robot.clickOn((Node) robot.lookup(".table-row-cell").nth(0).query());
        waitUntil(() -> !robot.lookup("#name").queryAs(TextField.class).getText().isEmpty(), 10);
        client.screenshot("departments-en");

        String code = UniqueCodes.next("UI");
        robot.clickOn("#newRecord").clickOn("#code").write(code).clickOn("#name").write("Robotics");
        robot.clickOn("#save");
        saved(robot);
        assertThat(table.getItems()).anySatisfy(d -> assertThat(d.code()).isEqualTo(code));
        assertThat(robot.lookup("#code").queryAs(TextField.class).isEditable()).isFalse();

        replace(robot, "#name", " ");
        robot.clickOn("#save");
        waitUntil(() -> robot.lookup("#nameProblem").query().isVisible(), 30);

        replace(robot, "#name", "Robotics and Automation");
        robot.type(KeyCode.ENTER);
        saved(robot);
        assertThat(table.getItems()).anySatisfy(d -> assertThat(d.name()).isEqualTo("Robotics and Automation"));

        robot.clickOn("#status-closed");
        waitUntil(() -> robot.lookup("#confirmStatus").query().isVisible(), 10);
        assertThat(text(robot, "#statusQuestion")).contains(code);
        robot.clickOn("#confirmStatus");
        waitUntil(() -> "Closed".equals(text(robot, "#editorState")), 30);
        assertThat(table.getItems()).anySatisfy(d -> {
            assertThat(d.code()).isEqualTo(code);
            assertThat(d.status().name()).isEqualTo("CLOSED");
        });
    }

    @Test
    void aProgrammeIsCreatedAndEdited(FxRobot robot) throws Exception {
        client.signInToDemo(robot, "registrar.demo");
        open(robot, "Programmes");
        TableView<ProgrammeView> table = robot.lookup("#table").queryTableView();
        waitUntil(() -> !table.getItems().isEmpty(), 30);

        String code = UniqueCodes.next("UIP");
        robot.clickOn("#newRecord");
        ComboBox<Long> department = robot.lookup("#departmentId").queryComboBox();
        String firstDepartment = department.getConverter().toString(department.getItems().get(0));
        pick(robot, "#departmentId", firstDepartment);
        robot.clickOn("#code").write(code).clickOn("#name").write("Marine Biology")
                .clickOn("#degree").write("MSc Marine Biology");
        pick(robot, "#level", "Master");
        robot.clickOn("#durationYears").write("two").clickOn("#credits").write("120").clickOn("#save");
        waitUntil(() -> robot.lookup("#durationYearsProblem").query().isVisible(), 10);
        assertThat(text(robot, "#durationYearsProblem")).isEqualTo("Enter a whole number.");

        replace(robot, "#durationYears", "2");
        robot.clickOn("#save");
        saved(robot);
        assertThat(table.getItems()).anySatisfy(p -> {
            assertThat(p.code()).isEqualTo(code);
            assertThat(p.level().name()).isEqualTo("MASTER");
            assertThat(p.durationYears()).isEqualTo(2);
        });
        client.screenshot("programmes-en");

        replace(robot, "#credits", "90");
        robot.clickOn("#save");
        saved(robot);
        assertThat(table.getItems()).anySatisfy(p -> {
            assertThat(p.code()).isEqualTo(code);
            assertThat(p.credits()).isEqualTo(90);
        });
    }

    @Test
    void typingFindsACourse(FxRobot robot) throws Exception {
        client.signInToDemo(robot, "registrar.demo");
        open(robot, "Courses");
        TableView<CourseView> table = robot.lookup("#table").queryTableView();
        waitUntil(() -> table.getItems().size() > 20, 30);
        CourseView some = table.getItems().get(17);
        int all = table.getItems().size();

        robot.clickOn("#search").write(some.code());
        waitUntil(() -> table.getItems().size() < all, 10);

        assertThat(table.getItems()).contains(some)
                .allSatisfy(c -> assertThat(c.code().toLowerCase(Locale.ROOT)).contains(some.code().toLowerCase(Locale.ROOT)));
        robot.clickOn((Node) robot.lookup(".table-row-cell").nth(0).query());
        waitUntil(() -> !robot.lookup("#title").queryAs(TextField.class).getText().isEmpty(), 10);
        client.screenshot("courses-en");
    }

    @Test
    void aTermIsAddedToANewAcademicYear(FxRobot robot) throws Exception {
        client.signInToDemo(robot, "registrar.demo");
        open(robot, "Calendar");
        TableView<AcademicYearView> years = robot.lookup("#table").queryTableView();
        waitUntil(() -> !years.getItems().isEmpty(), 30);

        String code = UniqueCodes.year();
        robot.clickOn("#code").write(code).clickOn("#save");
        saved(robot);
        AcademicYearView year = years.getItems().stream().filter(y -> y.code().equals(code)).findFirst().orElseThrow();

        TableView<TermView> terms = robot.lookup("#terms").queryTableView();
        robot.clickOn("#termCode").write("S1").clickOn("#termName").write("First semester");
        robot.clickOn("#termEndsOn").write(year.startsOn().plusMonths(4).toString()).type(KeyCode.TAB);
        robot.clickOn("#termSave");
        waitUntil(() -> terms.getItems().size() == 1, 30);

        assertThat(terms.getItems().get(0).name()).isEqualTo("First semester");
        assertThat(terms.getItems().get(0).startsOn()).isEqualTo(year.startsOn());
        client.screenshot("calendar-en");
    }

    @Test
    void withoutRecordsWriteTheEditorIsReadOnlyAndTheItalianDarkScreenReads(FxRobot robot) throws Exception {
        client.signInToDemo(robot, "principal.demo");
        open(robot, "Programmes");
        TableView<ProgrammeView> table = robot.lookup("#table").queryTableView();
        waitUntil(() -> !table.getItems().isEmpty(), 30);
        robot.clickOn((Node) robot.lookup(".table-row-cell").nth(0).query());
        waitUntil(() -> !robot.lookup("#name").queryAs(TextField.class).getText().isEmpty(), 10);

        assertThat(robot.lookup("#name").queryAs(TextField.class).isEditable()).isFalse();
        assertThat(robot.lookup("#save").query().isVisible()).isFalse();
        assertThat(robot.lookup("#newRecord").query().isVisible()).isFalse();
        assertThat(robot.lookup("#status-closed").tryQuery()).isEmpty();

        robot.clickOn("#language").clickOn("Italiano");
        waitUntil(() -> sidebarLabels(robot).contains("Corsi di studio"), 10);
        robot.clickOn("#theme").clickOn("Scuro");
        waitUntil(() -> javafx.application.Application.getUserAgentStylesheet().contains("primer-dark"), 10);
        open(robot, "Corsi di studio");
        TableView<ProgrammeView> italian = robot.lookup("#table").queryTableView();
        waitUntil(() -> !italian.getItems().isEmpty(), 30);
        robot.clickOn((Node) robot.lookup(".table-row-cell").nth(1).query());
        waitUntil(() -> !robot.lookup("#name").queryAs(TextField.class).getText().isEmpty(), 10);
        client.screenshot("programmes-dark-it");
    }
}
