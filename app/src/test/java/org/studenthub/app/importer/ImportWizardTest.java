package org.studenthub.app.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.studenthub.app.client.ClientDriver.sidebarLabels;
import static org.studenthub.app.client.ClientDriver.text;
import static org.studenthub.app.client.ClientDriver.waitUntil;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.UUID;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.studenthub.app.client.ClientDriver;
import org.studenthub.app.session.Session;
import org.studenthub.app.session.SessionOpener;
import org.studenthub.core.demo.DemoReport;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Walks a good and a bad file through the real client's import wizard. The file is given through the path field
 * (as a person can type or paste it): the native file chooser cannot be driven headless.
 */
@ExtendWith(ApplicationExtension.class)
class ImportWizardTest {
    private static SessionOpener opener;
    private static Session session;
    private static String programme;

    @TempDir
    Path home;

    private ClientDriver client;
    private final String prefix = "W" + UUID.randomUUID().toString().substring(0, 6).toUpperCase(Locale.ROOT);

    @BeforeAll
    static void readReferenceData() {
        opener = new SessionOpener();
        session = ImportDemo.signIn(opener);
        programme = ImportDemo.programmeCode(session);
    }

    @AfterAll
    static void close() {
        opener.close();
    }

    @Start
    void start(Stage stage) {
        this.client = new ClientDriver(stage, home);
    }

    @AfterEach
    void closeClient() throws Exception {
        client.close();
    }

    @Test
    void aGoodFileWithRenamedColumnsIsMatchedCheckedAndImported(FxRobot robot) throws Exception {
        Path file = write("students.csv", "Student code,First name,Surname,Admitted,Course,Notes\n"
                + prefix + "1,Anna,Rossi,2024-09-15," + programme + ",transfer\n"
                + prefix + "2,Luca,Bianchi,2024-09-15," + programme + ",\n");
        signIn(robot);
        ClientDriver.open(robot, "Import");
        chooseFile(robot, file);
        TableView<?> preview = robot.lookup("#preview").queryTableView();
        assertThat(preview.getItems()).hasSize(2);
        assertThat(preview.getColumns()).hasSize(6);
        client.screenshot("import-preview-en");

        robot.clickOn("#next");
        assertThat(text(robot, "#columnsProblem")).contains("Student number").contains("Programme");
        assertThat(robot.lookup("#check").queryButton().isDisabled()).isTrue();
        pick(robot, "#column-student_number", "Student code");
        pick(robot, "#column-programme", "Course");
        pick(robot, "#column-admission_date", "Admitted");
        assertThat(text(robot, "#columnsProblem")).isEmpty();
        client.screenshot("import-mapping-en");

        robot.clickOn("#check");
        waitUntil(() -> text(robot, "#message").contains("valid"), 60);
        assertThat(robot.lookup("#problems").queryTableView().getItems()).isEmpty();
        long before = ImportDemo.studentCount(session);
        assertThat(ImportDemo.student(session, prefix + "1")).as("checking writes nothing").isEmpty();

        robot.clickOn("#importButton");
        waitUntil(() -> text(robot, "#message").equals("Import finished."), 60);

        assertThat(text(robot, "#inserted")).isEqualTo("2");
        assertThat(text(robot, "#rejected")).isEqualTo("0");
        assertThat(ImportDemo.studentCount(session)).isEqualTo(before + 2);
        assertThat(ImportDemo.student(session, prefix + "1")).hasValueSatisfying(
                s -> assertThat(s.familyName()).isEqualTo("Rossi"));
        client.screenshot("import-done-en");
    }

    @Test
    void aBadFileShowsEveryProblemAndCannotBeImported(FxRobot robot) throws Exception {
        Path file = write("students.csv", "student_number,given_name,family_name,date_of_birth,admission_date,programme\n"
                + prefix + "1,Anna,Rossi,2001-02-03,2024-09-15," + programme + "\n"
                + prefix + "2,,Bianchi,2001-02-30,2024-09-15," + programme + "\n"
                + prefix + "3,Luca,Verdi,2001-02-03,2024-09-15,NO-SUCH-PROGRAMME\n"
                + prefix + "1,Sara,Neri,2001-02-03,2024-09-15," + programme + "\n");
        long before = ImportDemo.studentCount(session);
        signIn(robot);
        ClientDriver.open(robot, "Import");
        chooseFile(robot, file);
        robot.clickOn("#next");
        assertThat(text(robot, "#columnsProblem")).as("every column matched by name").isEmpty();

        robot.type(KeyCode.ENTER);
        waitUntil(() -> text(robot, "#message").contains("problems"), 60);

        TableView<ProblemRow> problems = robot.lookup("#problems").queryTableView();
        assertThat(problems.getItems()).extracting(ProblemRow::line, ProblemRow::column).containsExactly(
                org.assertj.core.groups.Tuple.tuple(3L, "given_name"), org.assertj.core.groups.Tuple.tuple(3L, "date_of_birth"),
                org.assertj.core.groups.Tuple.tuple(4L, "programme"), org.assertj.core.groups.Tuple.tuple(5L, "student_number"));
        assertThat(robot.lookup("#importButton").queryButton().isDisabled()).isTrue();
        assertThat(robot.lookup("#validRowsOnly").queryAs(javafx.scene.control.CheckBox.class).isVisible()).isTrue();
        client.screenshot("import-problems-en");
        assertThat(ImportDemo.studentCount(session)).isEqualTo(before);

        robot.clickOn("#language").clickOn("Italiano");
        waitUntil(() -> sidebarLabels(robot).contains("Importa"), 10);
        robot.clickOn("#theme").clickOn("Scuro");
        waitUntil(() -> javafx.application.Application.getUserAgentStylesheet().contains("primer-dark"), 10);
        ClientDriver.open(robot, "Importa");
        chooseFile(robot, file);
        robot.clickOn("#next");
        robot.clickOn("#check");
        waitUntil(() -> text(robot, "#message").contains("problemi"), 60);
        client.screenshot("import-dark-it");
        assertThat(ImportDemo.studentCount(session)).isEqualTo(before);
    }

    private void signIn(FxRobot robot) throws Exception {
        client.launch(ImportDemo.databaseFolder());
        robot.clickOn("#login").write("registrar.demo");
        client.signIn(robot, DemoReport.demoPassword());
    }

    /** Pastes the path into the file field and presses Enter, then waits for the preview. */
    private static void chooseFile(FxRobot robot, Path file) throws Exception {
        TextField path = robot.lookup("#path").queryAs(TextField.class);
        robot.interact(() -> path.setText(file.toString()));
        robot.clickOn(path).type(KeyCode.END).type(KeyCode.ENTER);
        waitUntil(() -> !robot.lookup("#preview").queryTableView().getItems().isEmpty(), 30);
        assertThat(robot.lookup("#next").queryButton().isDisabled()).isFalse();
    }

    /** Goes to the choice of a column (the page scrolls to it), opens it and clicks the file's header {@code header} in its menu. */
    private static void pick(FxRobot robot, String choice, String header) throws Exception {
        ChoiceBox<?> box = robot.lookup(choice).queryAs(ChoiceBox.class);
        robot.interact(box::requestFocus);
        robot.clickOn(box);
        waitUntil(box::isShowing, 5);
        Node item = robot.lookup(".menu-item").queryAll().stream()
                .filter(n -> n.isVisible() && robot.from(n).lookup(".label").queryAllAs(Labeled.class).stream()
                        .anyMatch(label -> header.equals(label.getText())))
                .findFirst().orElseThrow(() -> new AssertionError("no menu item " + header));
        robot.clickOn(item);
        waitUntil(() -> header.equals(box.getValue()), 5);
    }

    private Path write(String name, String content) throws Exception {
        Path file = home.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }
}
