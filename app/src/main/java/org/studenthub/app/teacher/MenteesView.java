package org.studenthub.app.teacher;

import atlantafx.base.controls.CustomTextField;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Map;
import javafx.animation.PauseTransition;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.MapChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.kordamp.ikonli.javafx.FontIcon;
import org.studenthub.app.I18n;
import org.studenthub.core.mentor.MentorStatus;
import org.studenthub.core.student.search.StudentRow;
import org.studenthub.core.teacher.TeacherView;

/**
 * Binds the Mentees tab: the teacher's mentees page by page (the next page is read when the last row shows),
 * ending the selected mentorship, and assigning a student found by number or name.
 */
public final class MenteesView {
    private static final Duration TYPING_PAUSE = Duration.millis(200);

    private final MenteesViewModel model;
    private final Locale locale;
    private final DateTimeFormatter dates;

    @FXML
    private TableView<MenteeRow> table;
    @FXML
    private TableColumn<MenteeRow, String> number;
    @FXML
    private TableColumn<MenteeRow, String> name;
    @FXML
    private TableColumn<MenteeRow, String> from;
    @FXML
    private TableColumn<MenteeRow, String> until;
    @FXML
    private TableColumn<MenteeRow, String> state;
    @FXML
    private CheckBox includeEnded;
    @FXML
    private Button end;
    @FXML
    private ProgressIndicator loading;
    @FXML
    private VBox form;
    @FXML
    private CustomTextField studentSearch;
    @FXML
    private ListView<StudentRow> candidates;
    @FXML
    private Label studentIdProblem;
    @FXML
    private DatePicker startsOn;
    @FXML
    private Label startsOnProblem;
    @FXML
    private Button assign;
    @FXML
    private Label message;

    public MenteesView(MenteesViewModel model, Locale locale) {
        this.model = model;
        this.locale = locale;
        this.dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
    }

    @FXML
    private void initialize() {
        setUpTable();
        includeEnded.selectedProperty().bindBidirectional(model.includeEndedProperty());
        includeEnded.selectedProperty().addListener((o, was, now) -> model.refresh());
        var selected = table.getSelectionModel().selectedItemProperty();
        end.disableProperty().bind(Bindings.createBooleanBinding(() -> selected.get() == null
                || selected.get().assignment().status() != MentorStatus.ACTIVE, selected).or(model.loadingProperty()));
        end.setVisible(model.mayEdit());
        end.setManaged(model.mayEdit());
        form.setVisible(model.mayEdit());
        form.setManaged(model.mayEdit());
        loading.visibleProperty().bind(model.loadingProperty());
        message.textProperty().bind(model.messageProperty());
        setUpForm();
    }

    private void setUpTable() {
        number.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().studentNumber()));
        name.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().studentName()));
        from.setCellValueFactory(c -> new ReadOnlyStringWrapper(date(c.getValue().assignment().startsOn())));
        until.setCellValueFactory(c -> new ReadOnlyStringWrapper(date(c.getValue().assignment().endsOn())));
        state.setCellValueFactory(c -> new ReadOnlyStringWrapper(
                TeacherTexts.status(locale, c.getValue().assignment().status())));
        table.setItems(model.rows());
        table.setFixedCellSize(30);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(I18n.tr(locale, "client.teacher.mentees.none")));
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(MenteeRow row, boolean empty) {
                super.updateItem(row, empty);
                if (!empty && getIndex() >= model.rows().size() - 1 && model.hasMore()) {
                    model.loadMore();
                }
            }
        });
    }

    private void setUpForm() {
        studentSearch.setLeft(new FontIcon("mdmz-search"));
        PauseTransition pause = new PauseTransition(TYPING_PAUSE);
        pause.setOnFinished(e -> model.searchStudents());
        studentSearch.textProperty().bindBidirectional(model.studentTextProperty());
        studentSearch.textProperty().addListener((o, was, now) -> pause.playFromStart());
        studentSearch.setOnAction(e -> {
            if (!candidates.getItems().isEmpty()) {
                candidates.requestFocus();
                candidates.getSelectionModel().selectFirst();
            }
        });
        candidates.setItems(model.candidates());
        candidates.setPlaceholder(new Label(I18n.tr(locale, "client.teacher.mentees.candidates.none")));
        candidates.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(StudentRow row, boolean empty) {
                super.updateItem(row, empty);
                setText(empty || row == null ? null
                        : row.studentNumber() + "  " + row.familyName() + ", " + row.givenName());
            }
        });
        candidates.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null) {
                model.candidateProperty().set(now);
            }
        });
        model.candidateProperty().addListener((o, was, now) -> {
            if (now == null) {
                candidates.getSelectionModel().clearSelection();
            } else {
                candidates.getSelectionModel().select(now);
            }
        });
        startsOn.valueProperty().bindBidirectional(model.startsOnProperty());
        assign.disableProperty().bind(model.candidateProperty().isNull().or(model.loadingProperty()));
        Map<String, Label> problems = Map.of("studentId", studentIdProblem, "startsOn", startsOnProblem);
        problems.values().forEach(l -> {
            l.getStyleClass().addAll("danger", "text-small");
            l.setWrapText(true);
        });
        model.fieldProblems().addListener((MapChangeListener<String, String>) change -> problems.forEach((f, l) -> {
            String text = model.fieldProblems().get(f);
            l.setText(text == null ? "" : text);
        }));
    }

    private String date(LocalDate value) {
        return value == null ? "" : dates.format(value);
    }

    /** Shows the mentees of {@code teacher}. */
    public void showTeacher(TeacherView teacher) {
        model.showTeacher(teacher);
    }

    @FXML
    private void assign() {
        model.assign();
    }

    @FXML
    private void end() {
        MenteeRow row = table.getSelectionModel().getSelectedItem();
        if (row != null && Confirm.ask(table, locale, I18n.tr(locale, "client.teacher.mentees.end.confirm",
                row.studentName()), "client.teacher.mentees.end.confirm_yes")) {
            model.end(row);
        }
    }
}
