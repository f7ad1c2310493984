package org.studenthub.app.student;

import java.util.Locale;
import java.util.function.BiFunction;
import javafx.animation.PauseTransition;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import javafx.util.StringConverter;
import atlantafx.base.controls.CustomTextField;
import org.kordamp.ikonli.javafx.FontIcon;
import org.studenthub.app.I18n;
import org.studenthub.core.student.StudentStatus;
import org.studenthub.core.student.search.StudentRow;
import org.studenthub.core.student.search.StudentSort;

/**
 * Binds the student list. Typing searches after a short pause; scrolling to the last row reads the next page;
 * clicking the number or name header orders the list in the database; double-click or Enter opens a student.
 */
public final class StudentsView {
    private static final Duration TYPING_PAUSE = Duration.millis(150);

    private final StudentsViewModel model;
    private final Locale locale;
    private final BiFunction<Long, Runnable, Parent> detailScreen;

    @FXML
    private StackPane stack;
    @FXML
    private VBox list;
    @FXML
    private CustomTextField search;
    @FXML
    private ChoiceBox<StudentStatus> status;
    @FXML
    private ProgressIndicator loading;
    @FXML
    private TableView<StudentRow> table;
    @FXML
    private TableColumn<StudentRow, String> number;
    @FXML
    private TableColumn<StudentRow, String> name;
    @FXML
    private TableColumn<StudentRow, String> preferred;
    @FXML
    private TableColumn<StudentRow, String> state;
    @FXML
    private Label message;
    @FXML
    private Label count;

    /** @param detailScreen makes the detail of a student, given its id and what "back" does */
    public StudentsView(StudentsViewModel model, Locale locale, BiFunction<Long, Runnable, Parent> detailScreen) {
        this.model = model;
        this.locale = locale;
        this.detailScreen = detailScreen;
    }

    @FXML
    private void initialize() {
        search.setLeft(new FontIcon("mdmz-search"));
        PauseTransition pause = new PauseTransition(TYPING_PAUSE);
        pause.setOnFinished(e -> model.search());
        search.textProperty().bindBidirectional(model.textProperty());
        search.textProperty().addListener((o, was, now) -> pause.playFromStart());

        status.getItems().add(null);
        status.getItems().addAll(StudentStatus.values());
        status.setConverter(new StringConverter<>() {
            @Override
            public String toString(StudentStatus value) {
                return value == null ? I18n.tr(locale, "client.students.status.any") : label(value);
            }

            @Override
            public StudentStatus fromString(String text) {
                return null;
            }
        });
        status.valueProperty().bindBidirectional(model.statusProperty());
        status.valueProperty().addListener((o, was, now) -> model.search());

        number.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().studentNumber()));
        name.setCellValueFactory(c -> new ReadOnlyStringWrapper(
                c.getValue().familyName() + ", " + c.getValue().givenName()));
        preferred.setCellValueFactory(c -> new ReadOnlyStringWrapper(
                c.getValue().preferredName() == null ? "" : c.getValue().preferredName()));
        state.setCellValueFactory(c -> new ReadOnlyStringWrapper(label(c.getValue().status())));
        table.setItems(model.rows());
        table.setFixedCellSize(30);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(""));
        table.setSortPolicy(t -> {
            TableColumn<StudentRow, ?> first = t.getSortOrder().isEmpty() ? null : t.getSortOrder().get(0);
            StudentSort wanted = first == number ? StudentSort.NUMBER : StudentSort.NAME;
            if (wanted != model.sortProperty().get()) {
                model.sortProperty().set(wanted);
                model.search();
            }
            return true;
        });
        table.setRowFactory(t -> {
            TableRow<StudentRow> tableRow = new TableRow<>() {
                @Override
                protected void updateItem(StudentRow row, boolean empty) {
                    super.updateItem(row, empty);
                    if (!empty && getIndex() >= model.rows().size() - 1 && model.hasMore()) {
                        model.loadMore();
                    }
                }
            };
            tableRow.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !tableRow.isEmpty()) {
                    open(tableRow.getItem());
                }
            });
            return tableRow;
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && table.getSelectionModel().getSelectedItem() != null) {
                open(table.getSelectionModel().getSelectedItem());
            }
        });
        loading.visibleProperty().bind(model.loadingProperty());
        message.textProperty().bind(model.messageProperty());
        model.rows().addListener((javafx.collections.ListChangeListener<StudentRow>) c -> showCount());
        showCount();
        model.search();
    }

    private void showCount() {
        count.setText(I18n.tr(locale, model.hasMore() ? "client.students.count.more" : "client.students.count",
                model.rows().size()));
    }

    private String label(StudentStatus value) {
        return I18n.tr(locale, "client.student.status." + value.name().toLowerCase(Locale.ROOT));
    }

    /** Shows one student over the list; "back" returns to the list as it was. */
    private void open(StudentRow row) {
        open(row.id());
    }

    /** Shows the student {@code studentId} (found elsewhere, e.g. by the command palette) in place of any other. */
    public void openStudent(long studentId) {
        stack.getChildren().removeIf(node -> node != list);
        Parent detail = open(studentId);
        detail.applyCss();
        javafx.scene.Node firstField = detail.lookup(".text-field");
        (firstField == null ? detail : firstField).requestFocus();
    }

    private Parent open(long studentId) {
        Parent detail = detailScreen.apply(studentId, () -> {
            stack.getChildren().removeIf(node -> node != list);
            list.setVisible(true);
            table.requestFocus();
        });
        list.setVisible(false);
        stack.getChildren().add(detail);
        return detail;
    }

    /** Puts the keyboard in the search field. */
    public void focusSearch() {
        search.requestFocus();
    }
}
