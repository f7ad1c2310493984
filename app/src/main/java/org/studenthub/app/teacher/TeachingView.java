package org.studenthub.app.teacher;

import java.util.Locale;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.MapChangeListener;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import org.studenthub.app.I18n;
import org.studenthub.core.calendar.AcademicYearView;
import org.studenthub.core.calendar.TermView;
import org.studenthub.core.course.CourseView;
import org.studenthub.core.section.SectionView;
import org.studenthub.core.teacher.TeacherView;
import org.studenthub.core.teacher.TeachingAssignmentStatus;
import org.studenthub.core.teacher.TeachingRole;

/** Binds the Teaching tab: the teacher's assignments, ending or resuming the selected one, and adding one. */
public final class TeachingView {
    private static final PseudoClass DANGER = PseudoClass.getPseudoClass("danger");

    private final TeachingViewModel model;
    private final Locale locale;

    @FXML
    private TableView<TeachingRow> table;
    @FXML
    private TableColumn<TeachingRow, String> term;
    @FXML
    private TableColumn<TeachingRow, String> course;
    @FXML
    private TableColumn<TeachingRow, String> section;
    @FXML
    private TableColumn<TeachingRow, String> role;
    @FXML
    private TableColumn<TeachingRow, String> state;
    @FXML
    private Button end;
    @FXML
    private Button resume;
    @FXML
    private ProgressIndicator loading;
    @FXML
    private VBox form;
    @FXML
    private ComboBox<AcademicYearView> year;
    @FXML
    private ComboBox<TermView> termChoice;
    @FXML
    private ComboBox<SectionView> sectionChoice;
    @FXML
    private ComboBox<CourseView> courseChoice;
    @FXML
    private ChoiceBox<TeachingRole> roleChoice;
    @FXML
    private Label termIdProblem;
    @FXML
    private Label sectionIdProblem;
    @FXML
    private Label courseIdProblem;
    @FXML
    private Label message;

    public TeachingView(TeachingViewModel model, Locale locale) {
        this.model = model;
        this.locale = locale;
    }

    @FXML
    private void initialize() {
        term.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().term()));
        course.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().course()));
        section.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().section()));
        role.setCellValueFactory(c -> new ReadOnlyStringWrapper(TeacherTexts.role(locale, c.getValue().assignment().role())));
        state.setCellValueFactory(c -> new ReadOnlyStringWrapper(
                TeacherTexts.status(locale, c.getValue().assignment().status())));
        table.setItems(model.rows());
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(I18n.tr(locale, "client.teacher.teaching.none")));
        var selected = table.getSelectionModel().selectedItemProperty();
        end.disableProperty().bind(Bindings.createBooleanBinding(() -> selected.get() == null
                || selected.get().assignment().status() != TeachingAssignmentStatus.ACTIVE, selected)
                .or(model.loadingProperty()));
        resume.disableProperty().bind(Bindings.createBooleanBinding(() -> selected.get() == null
                || selected.get().assignment().status() != TeachingAssignmentStatus.ENDED, selected)
                .or(model.loadingProperty()));
        for (Control control : new Control[] {end, resume}) {
            control.setVisible(model.mayEdit());
            control.setManaged(model.mayEdit());
        }
        form.setVisible(model.mayEdit());
        form.setManaged(model.mayEdit());
        loading.visibleProperty().bind(model.loadingProperty());
        message.textProperty().bind(model.messageProperty());
        setUpForm();
    }

    private void setUpForm() {
        year.setItems(model.years());
        year.setConverter(Converters.of(AcademicYearView::code));
        year.valueProperty().bindBidirectional(model.yearProperty());
        termChoice.setItems(model.terms());
        termChoice.setConverter(Converters.of(TermView::name));
        termChoice.valueProperty().bindBidirectional(model.termProperty());
        sectionChoice.setItems(model.sections());
        sectionChoice.setConverter(Converters.of(s -> s.code() + " \u2014 " + s.name()));
        sectionChoice.valueProperty().bindBidirectional(model.sectionProperty());
        courseChoice.setItems(model.courses());
        courseChoice.setConverter(Converters.of(c -> c.code() + " \u2014 " + c.title()));
        courseChoice.valueProperty().bindBidirectional(model.courseProperty());
        roleChoice.getItems().setAll(TeachingRole.values());
        roleChoice.setConverter(Converters.of(r -> TeacherTexts.role(locale, r)));
        roleChoice.valueProperty().bindBidirectional(model.roleProperty());
        Map<String, Label> problems = Map.of("termId", termIdProblem, "sectionId", sectionIdProblem,
                "courseId", courseIdProblem);
        Map<String, Control> inputs = Map.of("termId", termChoice, "sectionId", sectionChoice, "courseId", courseChoice);
        problems.values().forEach(l -> {
            l.getStyleClass().addAll("danger", "text-small");
            l.setMaxWidth(Double.MAX_VALUE);
        });
        model.fieldProblems().addListener((MapChangeListener<String, String>) change -> problems.forEach((field, label) -> {
            String text = model.fieldProblems().get(field);
            label.setText(text == null ? "" : text);
            inputs.get(field).pseudoClassStateChanged(DANGER, text != null);
        }));
    }

    /** Shows the assignments of {@code teacher}. */
    public void showTeacher(TeacherView teacher) {
        model.showTeacher(teacher);
    }

    @FXML
    private void add() {
        model.add();
    }

    @FXML
    private void end() {
        TeachingRow row = table.getSelectionModel().getSelectedItem();
        if (row != null && Confirm.ask(table, locale, I18n.tr(locale, "client.teacher.teaching.end.confirm",
                row.course(), row.section(), row.term()), "client.teacher.teaching.end.confirm_yes")) {
            model.end(row);
        }
    }

    @FXML
    private void resume() {
        TeachingRow row = table.getSelectionModel().getSelectedItem();
        if (row != null) {
            model.resume(row);
        }
    }
}
