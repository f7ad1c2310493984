package org.studenthub.app.section;

import static org.assertj.core.api.Assertions.assertThat;
import static org.studenthub.app.client.ClientDriver.text;
import static org.studenthub.app.client.ClientDriver.waitUntil;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.studenthub.app.client.ClientDriver;
import org.studenthub.app.student.EnrolmentLine;
import org.studenthub.core.calendar.AcademicYearStatus;
import org.studenthub.core.calendar.AcademicYearView;
import org.studenthub.core.enrolment.EnrolledStudent;
import org.studenthub.core.enrolment.EnrolmentStatus;
import org.studenthub.core.section.SectionView;
import org.studenthub.core.student.search.StudentRow;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Clicks through the sections screen as office staff would: choose a year, open a class list, enrol a student
 * and end an enrolment, create and edit a section with a field error on the way, and the student's Enrolments tab.
 */
@ExtendWith(ApplicationExtension.class)
class SectionsScreenTest {

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

    private TableView<SectionView> openSections(FxRobot robot, String label) throws Exception {
        ClientDriver.open(robot, label);
        TableView<SectionView> table = robot.lookup("#table").queryTableView();
        waitUntil(() -> !table.getItems().isEmpty(), 30);
        return table;
    }

    /** Selects all of a field's text and types over it, as a person does with Ctrl+A. */
    private static void replaceText(FxRobot robot, String field, String text) {
        robot.clickOn(field).press(KeyCode.SHORTCUT).type(KeyCode.A).release(KeyCode.SHORTCUT).write(text);
    }

    /** Clicks the text {@code text} in a menu or dialog over the main window, once it shows. */
    private void clickInPopup(FxRobot robot, String text) throws Exception {
        waitUntil(() -> popupLabel(robot, text).isPresent(), 10);
        robot.clickOn(popupLabel(robot, text).orElseThrow());
    }

    private Optional<Labeled> popupLabel(FxRobot robot, String text) {
        return Window.getWindows().stream()
                .filter(w -> w.isShowing() && w != client.stage() && w.getScene() != null)
                .flatMap(w -> robot.from(w.getScene().getRoot()).lookup((Labeled l) -> text.equals(l.getText()))
                        .queryAllAs(Labeled.class).stream())
                .filter(Node::isVisible)
                .findFirst();
    }

    @Test
    void choosingAYearOpeningASectionAndEnrollingAStudent(FxRobot robot) throws Exception {
        client.signInToDemo(robot, "registrar.demo");
        TableView<SectionView> table = openSections(robot, "Sections");
        ComboBox<AcademicYearView> year = robot.lookup("#year").queryComboBox();
        AcademicYearView current = year.getValue();
        assertThat(current.status()).isEqualTo(AcademicYearStatus.CURRENT);
        client.screenshot("sections-en");

        AcademicYearView past = year.getItems().stream().filter(y -> y != current).findFirst().orElseThrow();
        robot.clickOn("#year").clickOn(past.code());
        waitUntil(() -> table.getItems().stream().allMatch(s -> s.academicYearId() == past.id()), 30);
        robot.clickOn("#year").clickOn(current.code() + " (current)");
        waitUntil(() -> !table.getItems().isEmpty()
                && table.getItems().stream().allMatch(s -> s.academicYearId() == current.id()), 30);

        SectionView section = table.getItems().get(0);
        robot.clickOn(section.code()).type(KeyCode.ENTER);
        waitUntil(() -> robot.lookup("#roster").tryQuery().isPresent(), 10);
        TableView<EnrolledStudent> roster = robot.lookup("#roster").queryTableView();
        waitUntil(() -> !roster.getItems().isEmpty(), 30);
        assertThat(text(robot, "#title")).startsWith(section.code());
        assertThat(text(robot, "#count")).contains("enrolled of");
        client.screenshot("section-roster-en");

        int before = roster.getItems().size();
        List<String> listed = roster.getItems().stream().map(EnrolledStudent::studentNumber).toList();
        robot.clickOn("#studentSearch").write("S0000");
        ListView<StudentRow> candidates = robot.lookup("#candidates").queryListView();
        waitUntil(() -> candidates.getItems().stream().anyMatch(c -> !listed.contains(c.studentNumber())), 30);
        StudentRow outsider = candidates.getItems().stream().filter(c -> !listed.contains(c.studentNumber()))
                .findFirst().orElseThrow();
        robot.clickOn(outsider.studentNumber() + "  " + outsider.familyName() + ", " + outsider.givenName());
        robot.clickOn("#enrol");
        waitUntil(() -> roster.getItems().size() == before + 1, 30);
        assertThat(roster.getItems()).anySatisfy(r -> assertThat(r.studentNumber()).isEqualTo(outsider.studentNumber()));
        assertThat(text(robot, "#rosterMessage")).contains("is enrolled");

        EnrolledStudent enrolled = roster.getItems().stream()
                .filter(r -> r.studentNumber().equals(outsider.studentNumber())).findFirst().orElseThrow();
        robot.clickOn(outsider.studentNumber());
        robot.clickOn("#enrolmentStatus");
        clickInPopup(robot, "Withdrawn");
        clickInPopup(robot, "Change");
        waitUntil(() -> roster.getItems().stream().anyMatch(r -> r.enrolment().id() == enrolled.enrolment().id()
                && r.enrolment().status() == EnrolmentStatus.WITHDRAWN), 30);

        robot.clickOn("#back");
        waitUntil(() -> robot.lookup("#table").query().isVisible(), 10);
    }

    @Test
    void creatingASectionWithAFieldErrorThenEditingIt(FxRobot robot) throws Exception {
        client.signInToDemo(robot, "registrar.demo");
        TableView<SectionView> table = openSections(robot, "Sections");
        int before = table.getItems().size();

        robot.clickOn("#newSection");
        ComboBox<?> programme = robot.lookup("#programmeId").queryComboBox();
        robot.clickOn(programme).type(KeyCode.DOWN).type(KeyCode.ENTER);
        robot.clickOn("#code").write("UI-1");
        robot.clickOn("#name").write("Saturday group");
        replaceText(robot, "#yearOfStudy", "one");
        robot.clickOn("#save");
        waitUntil(() -> robot.lookup("#yearOfStudyProblem").query().isVisible(), 10);
        assertThat(text(robot, "#yearOfStudyProblem")).isEqualTo("Enter a whole number.");
        assertThat(text(robot, "#editorMessage")).contains("Nothing was saved");
        client.screenshot("section-field-error-en");

        replaceText(robot, "#yearOfStudy", "1");
        robot.clickOn("#save");
        waitUntil(() -> table.getItems().size() == before + 1, 30);
        assertThat(text(robot, "#editorMessage")).isEqualTo("Section UI-1 created.");
        assertThat(robot.lookup("#yearOfStudyProblem").query().isVisible()).isFalse();

        replaceText(robot, "#name", "Saturday morning group");
        replaceText(robot, "#capacity", "25");
        robot.clickOn("#save");
        waitUntil(() -> "Saved.".equals(text(robot, "#editorMessage")), 30);
        SectionView saved = table.getItems().stream().filter(s -> s.code().equals("UI-1")).findFirst().orElseThrow();
        assertThat(saved.name()).isEqualTo("Saturday morning group");
        assertThat(saved.capacity()).isEqualTo(25);

        robot.clickOn("#changeStatus");
        clickInPopup(robot, "Close section");
        waitUntil(() -> table.getItems().stream().anyMatch(s -> s.code().equals("UI-1")
                && s.status() == org.studenthub.core.section.SectionStatus.CLOSED), 30);
        assertThat(robot.lookup("#changeStatus").queryButton().getText()).isEqualTo("Reop_en section");
    }

    @Test
    void theStudentsEnrolmentsTabListsTheirSections(FxRobot robot) throws Exception {
        client.signInToDemo(robot, "registrar.demo");
        ClientDriver.open(robot, "Students");
        TableView<StudentRow> students = robot.lookup("#table").queryTableView();
        waitUntil(() -> students.getItems().size() == 100, 30);
        robot.doubleClickOn((Node) robot.lookup(".table-row-cell").nth(2).query());
        waitUntil(() -> robot.lookup("#familyName").tryQuery().isPresent(), 30);

        robot.clickOn("Enrolments");
        TableView<EnrolmentLine> enrolments = robot.lookup("#enrolments").queryTableView();
        waitUntil(() -> !enrolments.getItems().isEmpty(), 30);
        assertThat(robot.lookup("#section").queryComboBox().getValue()).isNotNull();
        client.screenshot("student-enrolments-en");
    }

    @Test
    void theSectionsScreenInItalianAndDark(FxRobot robot) throws Exception {
        client.signInToDemo(robot, "registrar.demo");
        robot.clickOn("#language").clickOn("Italiano");
        waitUntil(() -> ClientDriver.sidebarLabels(robot).contains("Classi"), 10);
        robot.clickOn("#theme").clickOn("Scuro");
        waitUntil(() -> javafx.application.Application.getUserAgentStylesheet().contains("primer-dark"), 10);
        TableView<SectionView> table = openSections(robot, "Classi");
        robot.clickOn((Node) robot.lookup(".table-row-cell").nth(1).query());
        waitUntil(() -> !robot.lookup("#name").queryAs(TextField.class).getText().isEmpty(), 10);
        assertThat(robot.lookup("#editorTitle").queryAs(Label.class).getText()).startsWith("Classe ");
        WaitForAsyncUtils.waitForFxEvents();
        client.screenshot("sections-dark-it");
        assertThat(table.getItems()).isNotEmpty();
    }
}
