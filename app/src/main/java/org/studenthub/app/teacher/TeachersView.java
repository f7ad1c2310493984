package org.studenthub.app.teacher;

import atlantafx.base.controls.CustomTextField;
import java.util.Locale;
import java.util.function.BiFunction;
import javafx.animation.PauseTransition;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.event.EventHandler;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import javafx.util.StringConverter;
import org.kordamp.ikonli.javafx.FontIcon;
import org.studenthub.app.I18n;
import org.studenthub.core.teacher.TeacherStatus;
import org.studenthub.core.teacher.TeacherView;

/**
 * Binds the teacher list. Typing searches after a short pause; scrolling to the last row reads the next page;
 * double-click or Enter opens a teacher; "New teacher" (Ctrl+N while the list shows) opens an empty profile.
 */
public final class TeachersView {
    private static final Duration TYPING_PAUSE = Duration.millis(150);
    private static final KeyCombination NEW = new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN);

    private final TeachersViewModel model;
    private final Locale locale;
    private final BiFunction<Long, Runnable, Parent> detailScreen;
    private final EventHandler<KeyEvent> newShortcut = e -> {
        if (NEW.match(e) && isListShowing()) {
            e.consume();
            create();
        }
    };

    @FXML
    private StackPane stack;
    @FXML
    private VBox list;
    @FXML
    private Button create;
    @FXML
    private CustomTextField search;
    @FXML
    private ChoiceBox<TeacherStatus> status;
    @FXML
    private ProgressIndicator loading;
    @FXML
    private TableView<TeacherView> table;
    @FXML
    private TableColumn<TeacherView, String> number;
    @FXML
    private TableColumn<TeacherView, String> name;
    @FXML
    private TableColumn<TeacherView, String> department;
    @FXML
    private TableColumn<TeacherView, String> state;
    @FXML
    private Label message;
    @FXML
    private Label count;

    /** @param detailScreen makes the detail of a teacher (null: a new one), given what "back" does */
    public TeachersView(TeachersViewModel model, Locale locale, BiFunction<Long, Runnable, Parent> detailScreen) {
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
        setUpStatus();
        setUpTable();
        create.setGraphic(new FontIcon("mdmz-person_add"));
        create.setVisible(model.mayCreate());
        create.setManaged(model.mayCreate());
        loading.visibleProperty().bind(model.loadingProperty());
        message.textProperty().bind(model.messageProperty());
        model.rows().addListener((ListChangeListener<TeacherView>) c -> showCount());
        stack.sceneProperty().addListener((o, was, now) -> {
            if (was != null) {
                was.removeEventFilter(KeyEvent.KEY_PRESSED, newShortcut);
            }
            if (now != null) {
                now.addEventFilter(KeyEvent.KEY_PRESSED, newShortcut);
            }
        });
        showCount();
        model.search();
    }

    private void setUpStatus() {
        status.getItems().add(null);
        status.getItems().addAll(TeacherStatus.values());
        status.setConverter(new StringConverter<>() {
            @Override
            public String toString(TeacherStatus value) {
                return value == null ? I18n.tr(locale, "client.teachers.status.any") : TeacherTexts.status(locale, value);
            }

            @Override
            public TeacherStatus fromString(String text) {
                return null;
            }
        });
        status.valueProperty().bindBidirectional(model.statusProperty());
        status.valueProperty().addListener((o, was, now) -> model.search());
    }

    private void setUpTable() {
        number.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().staffNumber()));
        name.setCellValueFactory(c -> new ReadOnlyStringWrapper(TeacherTexts.fullName(c.getValue())));
        department.setCellValueFactory(c -> new ReadOnlyStringWrapper(model.departmentName(c.getValue().departmentId())));
        state.setCellValueFactory(c -> new ReadOnlyStringWrapper(TeacherTexts.status(locale, c.getValue().status())));
        table.setItems(model.rows());
        table.setFixedCellSize(30);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(""));
        table.setRowFactory(t -> {
            TableRow<TeacherView> tableRow = new TableRow<>() {
                @Override
                protected void updateItem(TeacherView row, boolean empty) {
                    super.updateItem(row, empty);
                    if (!empty && getIndex() >= model.rows().size() - 1 && model.hasMore()) {
                        model.loadMore();
                    }
                }
            };
            tableRow.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !tableRow.isEmpty()) {
                    open(tableRow.getItem().id());
                }
            });
            return tableRow;
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && table.getSelectionModel().getSelectedItem() != null) {
                open(table.getSelectionModel().getSelectedItem().id());
            }
        });
    }

    private void showCount() {
        count.setText(I18n.tr(locale, model.hasMore() ? "client.teachers.count.more" : "client.teachers.count",
                model.rows().size()));
    }

    private boolean isListShowing() {
        return list.isVisible() && stack.getScene() != null && model.mayCreate();
    }

    @FXML
    private void create() {
        open(null);
    }

    /** Shows one teacher (or a new one) over the list; "back" returns to the list, read again. */
    private void open(Long teacherId) {
        Parent detail = detailScreen.apply(teacherId, () -> {
            stack.getChildren().removeIf(node -> node != list);
            list.setVisible(true);
            model.search();
            table.requestFocus();
        });
        list.setVisible(false);
        stack.getChildren().add(detail);
    }

    /** Puts the keyboard in the search field. */
    public void focusSearch() {
        search.requestFocus();
    }
}
