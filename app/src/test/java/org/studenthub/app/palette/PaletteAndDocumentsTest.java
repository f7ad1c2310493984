package org.studenthub.app.palette;

import static org.assertj.core.api.Assertions.assertThat;
import static org.studenthub.app.client.ClientDriver.sidebarButton;
import static org.studenthub.app.client.ClientDriver.sidebarLabels;
import static org.studenthub.app.client.ClientDriver.text;
import static org.studenthub.app.client.ClientDriver.waitUntil;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.studenthub.app.client.ClientDriver;
import org.studenthub.app.fx.FileDrop;
import org.studenthub.app.preview.TestDocuments;
import org.studenthub.core.student.StudentDocumentView;
import org.studenthub.core.student.search.StudentRow;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The command palette and the student's documents in the real client: Ctrl+K to jump to a screen or a student,
 * Esc to go back, files filed on the Documents tab (through the handler a desktop drop calls) and previewed.
 */
@ExtendWith(ApplicationExtension.class)
class PaletteAndDocumentsTest {

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

    private static void openPalette(FxRobot robot) throws Exception {
        robot.push(KeyCode.SHORTCUT, KeyCode.K);
        waitUntil(() -> robot.lookup(".palette-search").tryQuery().map(Node::isFocused).orElse(false), 10);
    }

    private static ListView<PaletteItem> results(FxRobot robot) {
        return robot.lookup(".palette-results").queryListView();
    }

    private static boolean paletteShown(FxRobot robot) {
        return robot.lookup(".palette-card").tryQuery().isPresent();
    }

    @Test
    void ctrlKFindsAScreenByPartOfItsNameAndEscGivesTheKeyboardBack(FxRobot robot) throws Exception {
        client.signInToDemo(robot, "registrar.demo");
        Button dashboard = (Button) sidebarButton(robot, "Dashboard");
        robot.interact(dashboard::requestFocus);

        openPalette(robot);
        assertThat(results(robot).getItems()).extracting(PaletteItem::label)
                .contains("Dashboard", "Students", "Sign out", "Switch to the dark theme");
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> !paletteShown(robot), 10);
        assertThat(dashboard.isFocused()).isTrue();

        robot.clickOn("#paletteButton");
        waitUntil(() -> robot.lookup(".palette-search").tryQuery().map(Node::isFocused).orElse(false), 10);
        robot.write("s");
        waitUntil(() -> results(robot).getItems().stream().anyMatch(i -> i.kind() == PaletteItem.Kind.STUDENT)
                && !robot.lookup("#searching").query().isVisible(), 20);
        robot.type(KeyCode.DOWN);
        client.screenshot("palette-en");
        robot.write("tu");
        waitUntil(() -> results(robot).getItems().stream().noneMatch(i -> i.label().equals("Dashboard"))
                && !results(robot).getItems().isEmpty() && "Students".equals(
                results(robot).getSelectionModel().getSelectedItem().label())
                && !robot.lookup("#searching").query().isVisible(), 20);
        robot.type(KeyCode.ENTER);

        waitUntil(() -> !paletteShown(robot) && robot.lookup("#table").tryQuery().isPresent(), 20);
        assertThat(sidebarButton(robot, "Students").getStyleClass()).contains("selected");
        assertThat(sidebarButton(robot, "Students").isFocused()).isTrue();
    }

    @Test
    void ctrlKOpensAStudentByNumberWhoseDocumentsAreFiledAndPreviewed(FxRobot robot) throws Exception {
        client.signInToDemo(robot, "registrar.demo");
        ClientDriver.open(robot, "Students");
        TableView<StudentRow> table = robot.lookup("#table").queryTableView();
        waitUntil(() -> table.getItems().size() == 100, 30);
        StudentRow wanted = table.getItems().get(30);
        ClientDriver.open(robot, "Dashboard");

        openPalette(robot);
        robot.write(wanted.studentNumber());
        waitUntil(() -> results(robot).getSelectionModel().getSelectedItem() != null
                && results(robot).getSelectionModel().getSelectedItem().kind() == PaletteItem.Kind.STUDENT
                && results(robot).getSelectionModel().getSelectedItem().detail().contains(wanted.studentNumber()), 20);
        assertThat(results(robot).getSelectionModel().getSelectedItem().label()).startsWith(wanted.familyName());
        robot.type(KeyCode.ENTER);

        waitUntil(() -> !paletteShown(robot) && robot.lookup("#familyName").tryQuery()
                .map(n -> ((TextField) n).getText().equals(wanted.familyName())).orElse(false), 30);
        assertThat(text(robot, "#subtitle")).contains(wanted.studentNumber());
        assertThat(sidebarButton(robot, "Students").getStyleClass()).contains("selected");
        Node firstField = robot.lookup("#givenName").query();
        waitUntil(firstField::isFocused, 10);
        openPalette(robot);
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> !paletteShown(robot), 10);
        assertThat(firstField.isFocused()).as("Esc closed only the palette, not the student").isTrue();
        assertThat(robot.lookup("#familyName").query().isVisible()).isTrue();

        robot.clickOn("Documents");
        TableView<StudentDocumentView> documents = robot.lookup("#documents").queryTableView();
        int before = documents.getItems().size();
        Path pdf = TestDocuments.pdf(Files.createDirectories(home.resolve("desk")).resolve("transcript.pdf"));
        Path png = TestDocuments.png(home.resolve("desk/id-card.png"), 640, 400);
        Node dropZone = robot.lookup("#documentDrop").query();
        robot.clickOn("#newType").clickOn("ID card");
        robot.interact(() -> FileDrop.drop(dropZone, List.of(png.toFile())));
        waitUntil(() -> documents.getItems().size() == before + 1, 30);
        robot.clickOn("#newType").clickOn("Transcript");
        robot.interact(() -> FileDrop.drop(dropZone, List.of(pdf.toFile())));

        waitUntil(() -> documents.getItems().size() == before + 2, 30);
        ImageView picture = robot.lookup("#picture").queryAs(ImageView.class);
        waitUntil(() -> picture.getImage() != null && "Page 1 of 3".equals(text(robot, "#pageLabel")), 30);
        assertThat(text(robot, "#documentsMessage")).isEqualTo("One document added.");
        assertThat(documents.getSelectionModel().getSelectedItem().fileName()).isEqualTo("transcript.pdf");
        assertThat(documents.getItems()).extracting(StudentDocumentView::fileName, d -> d.type().name())
                .contains(org.assertj.core.groups.Tuple.tuple("transcript.pdf", "TRANSCRIPT"),
                        org.assertj.core.groups.Tuple.tuple("id-card.png", "ID_CARD"));

        robot.clickOn("#nextPage");
        waitUntil(() -> "Page 2 of 3".equals(text(robot, "#pageLabel")), 20);
        waitUntil(() -> picture.getImage() != null && picture.getImage().getWidth()
                > picture.getImage().getHeight() * 0.7, 20);
        client.screenshot("documents-preview-en");

        robot.interact(() -> documents.getSelectionModel().select(documents.getItems().stream()
                .filter(d -> d.fileName().equals("id-card.png")).findFirst().orElseThrow()));
        waitUntil(() -> picture.getImage() != null && picture.getImage().getWidth() == 640, 20);
        assertThat(robot.lookup("#pager").query().isVisible()).isFalse();
        assertThat(text(robot, "#details")).startsWith("id-card.png").endsWith("image/png");

        ScrollPane scroller = robot.lookup("#scroller").queryAs(ScrollPane.class);
        waitUntil(() -> shownWidth(picture) > 0, 10);
        assertThat(shownWidth(picture)).as("fitted: the whole picture is in view")
                .isLessThanOrEqualTo(scroller.getViewportBounds().getWidth());
        robot.clickOn("#zoomIn").clickOn("#zoomIn").clickOn("#zoomIn").clickOn("#zoomIn");
        waitUntil(() -> shownWidth(picture) > scroller.getViewportBounds().getWidth(), 10);
        robot.clickOn("#zoomFit");
        waitUntil(() -> shownWidth(picture) <= scroller.getViewportBounds().getWidth(), 10);
    }

    private static double shownWidth(ImageView picture) {
        return picture.getBoundsInParent().getWidth();
    }

    @Test
    void thePalettesOwnCommandsSwitchToItalianAndDark(FxRobot robot) throws Exception {
        client.signInToDemo(robot, "registrar.demo");

        openPalette(robot);
        robot.write("ital");
        waitUntil(() -> results(robot).getSelectionModel().getSelectedItem() != null
                && results(robot).getSelectionModel().getSelectedItem().label().equals("Switch language to Italiano"), 20);
        robot.type(KeyCode.ENTER);
        waitUntil(() -> sidebarLabels(robot).contains("Studenti"), 20);

        openPalette(robot);
        robot.write("scuro");
        waitUntil(() -> results(robot).getSelectionModel().getSelectedItem() != null
                && results(robot).getSelectionModel().getSelectedItem().label().equals("Passa al tema scuro"), 20);
        robot.type(KeyCode.ENTER);
        waitUntil(() -> javafx.application.Application.getUserAgentStylesheet().contains("primer-dark"), 10);
        assertThat(Files.readString(client.settingsFile())).contains("language=it").contains("theme=DARK");

        openPalette(robot);
        robot.write("ri");
        waitUntil(() -> results(robot).getItems().stream().anyMatch(i -> i.kind() == PaletteItem.Kind.STUDENT)
                && !robot.lookup("#searching").query().isVisible(), 20);
        assertThat(results(robot).getItems()).extracting(PaletteItem::label).contains("Riepilogo");
        assertThat(robot.lookup(".palette-keys").queryAs(Label.class).getText()).contains("Invio");
        client.screenshot("palette-dark-it");
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> !paletteShown(robot), 10);
    }
}
