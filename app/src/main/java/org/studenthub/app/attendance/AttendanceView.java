package org.studenthub.app.attendance;

import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.fxml.FXML;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import javafx.util.converter.LocalDateStringConverter;
import org.kordamp.ikonli.javafx.FontIcon;
import org.studenthub.app.I18n;
import org.studenthub.core.attendance.AttendanceSessionView;
import org.studenthub.core.attendance.Mark;
import org.studenthub.core.calendar.TermView;

/**
 * Binds the take-attendance screen. In the register, a mark's key marks the selected student and moves down, the
 * arrow keys move, Ctrl+S saves anywhere on the screen; Enter or a double-click on an earlier session reopens it.
 */
public final class AttendanceView {
    private static final KeyCombination SAVE = new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN);

    private final AttendanceViewModel model;
    private final Locale locale;
    private final DateTimeFormatter days;

    @FXML
    private VBox root;
    @FXML
    private ProgressIndicator busy;
    @FXML
    private ComboBox<SectionChoice> section;
    @FXML
    private ChoiceBox<TermView> term;
    @FXML
    private DatePicker date;
    @FXML
    private Spinner<Integer> period;
    @FXML
    private TextField topic;
    @FXML
    private Button open;
    @FXML
    private Label heading;
    @FXML
    private Label legend;
    @FXML
    private TableView<RegisterRow> table;
    @FXML
    private TableColumn<RegisterRow, Number> position;
    @FXML
    private TableColumn<RegisterRow, String> number;
    @FXML
    private TableColumn<RegisterRow, String> name;
    @FXML
    private TableColumn<RegisterRow, RegisterRow> mark;
    @FXML
    private FlowPane counts;
    @FXML
    private Button allPresent;
    @FXML
    private Button save;
    @FXML
    private Button reload;
    @FXML
    private TableView<AttendanceSessionView> sessions;
    @FXML
    private TableColumn<AttendanceSessionView, String> sessionDay;
    @FXML
    private TableColumn<AttendanceSessionView, Number> sessionPeriod;
    @FXML
    private Label message;

    public AttendanceView(AttendanceViewModel model, Locale locale) {
        this.model = model;
        this.locale = locale;
        this.days = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
    }

    @FXML
    private void initialize() {
        setUpChoices();
        setUpRegister();
        setUpCounts();
        setUpSessions();
        busy.visibleProperty().bind(model.busyProperty());
        open.disableProperty().bind(model.busyProperty().or(model.sectionProperty().isNull())
                .or(model.termProperty().isNull()));
        save.disableProperty().bind(model.saveDisabled());
        save.setGraphic(new FontIcon("mdmz-save_alt"));
        allPresent.setGraphic(new FontIcon("mdal-done_all"));
        allPresent.disableProperty().bind(model.openedProperty().isNull().or(model.register().unmarkedProperty().isEqualTo(0)));
        reload.disableProperty().bind(model.openedProperty().isNull().or(model.busyProperty()));
        message.textProperty().bind(model.messageProperty());
        model.problemProperty().addListener((o, was, now) -> {
            message.getStyleClass().remove("message-problem");
            if (now) {
                message.getStyleClass().add("message-problem");
            }
        });
        model.conflictProperty().addListener((o, was, now) -> {
            if (now) {
                reload.requestFocus();
            }
        });
        root.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (SAVE.match(e)) {
                e.consume();
                model.save();
            }
        });
        model.load();
    }

    private void setUpChoices() {
        section.setItems(model.sections());
        section.setConverter(converter(c -> I18n.tr(locale, c.mine() ? "client.attendance.section.mine"
                : "client.attendance.section.other", c.section().code(), c.section().name())));
        section.valueProperty().bindBidirectional(model.sectionProperty());
        term.setItems(model.terms());
        term.setConverter(converter(t -> t.name() + " (" + t.code() + ")"));
        term.valueProperty().bindBidirectional(model.termProperty());
        date.valueProperty().bindBidirectional(model.dateProperty());
        date.setConverter(new LocalDateStringConverter(FormatStyle.SHORT, locale, IsoChronology.INSTANCE));
        SpinnerValueFactory.IntegerSpinnerValueFactory periods = new SpinnerValueFactory.IntegerSpinnerValueFactory(1, 12);
        period.setValueFactory(periods);
        periods.valueProperty().addListener((o, was, now) -> model.periodProperty().set(now));
        model.periodProperty().addListener((o, was, now) -> periods.setValue(now.intValue()));
        periods.setValue(model.periodProperty().get());
        topic.textProperty().bindBidirectional(model.topicProperty());
        topic.setOnAction(e -> open());
    }

    private void setUpRegister() {
        MarkKeys keys = model.keys();
        legend.setText(I18n.tr(locale, "client.attendance.legend", keys.legend()));
        position.setCellFactory(column -> new TableCell<>() {
            @Override
            protected void updateItem(Number item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || getTableRow() == null || getTableRow().isEmpty() ? null
                        : String.valueOf(getIndex() + 1));
            }
        });
        number.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().studentNumber()));
        name.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().name()));
        mark.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        mark.setCellFactory(column -> new MarkCell(keys));
        table.setItems(model.register().rows());
        table.setFixedCellSize(30);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(I18n.tr(locale, "client.attendance.register.empty")));
        table.getSelectionModel().selectedIndexProperty().addListener((o, was, now) -> {
            if (now.intValue() >= 0 && now.intValue() != model.register().selectedProperty().get()) {
                model.register().select(now.intValue());
            }
        });
        model.register().selectedProperty().addListener((o, was, now) -> follow(now.intValue()));
        table.addEventFilter(KeyEvent.KEY_TYPED, e -> {
            if (!e.isControlDown() && !e.isAltDown() && !e.isMetaDown() && model.typed(e.getCharacter())) {
                e.consume();
            }
        });
        model.openedProperty().addListener((o, was, now) -> {
            heading.setText(now == null ? "" : I18n.tr(locale, "client.attendance.heading",
                    model.sectionCode(now.sectionId()), days.format(now.heldOn()), now.periodNo())
                    + (now.topic() == null ? "" : " \u2014 " + now.topic()));
            if (now != null && (was == null || was.id() != now.id())) {
                follow(model.register().selectedProperty().get());
                table.requestFocus();
            }
        });
    }

    /** Selects the model's row in the table and scrolls only as far as needed to show it. */
    private void follow(int index) {
        if (index < 0) {
            return;
        }
        if (table.getSelectionModel().getSelectedIndex() != index) {
            table.getSelectionModel().clearAndSelect(index);
        }
        table.getFocusModel().focus(index);
        if (table.lookup(".virtual-flow") instanceof VirtualFlow<?> flow) {
            flow.scrollTo(index);
        } else {
            table.scrollTo(index);
        }
    }

    private void setUpCounts() {
        for (Mark each : Mark.values()) {
            counts.getChildren().add(chip(Bindings.format("%s %d", model.keys().label(each),
                    model.register().countProperty(each)), "mark-" + each.name().toLowerCase(Locale.ROOT)));
        }
        counts.getChildren().add(chip(Bindings.format("%s %d", I18n.tr(locale, "client.attendance.unmarked"),
                model.register().unmarkedProperty()), "text-muted"));
        counts.getChildren().add(chip(Bindings.format("%s %d", I18n.tr(locale, "client.attendance.unsaved"),
                model.register().unsavedProperty()), "mark-unsaved"));
    }

    private static Label chip(ObservableValue<String> text, String style) {
        Label chip = new Label();
        chip.textProperty().bind(text);
        chip.accessibleTextProperty().bind(text);
        chip.getStyleClass().addAll("count-chip", style);
        chip.setMinWidth(Region.USE_PREF_SIZE);
        return chip;
    }

    private void setUpSessions() {
        sessionDay.setCellValueFactory(c -> new ReadOnlyStringWrapper(days.format(c.getValue().heldOn())));
        sessionPeriod.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().periodNo()));
        sessions.setItems(model.pastSessions());
        sessions.setFixedCellSize(28);
        sessions.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        sessions.setPlaceholder(new Label(I18n.tr(locale, "client.attendance.earlier.none")));
        sessions.setRowFactory(t -> {
            TableRow<AttendanceSessionView> row = new TableRow<>() {
                @Override
                protected void updateItem(AttendanceSessionView item, boolean empty) {
                    super.updateItem(item, empty);
                    if (!empty && getIndex() >= model.pastSessions().size() - 1 && model.hasMoreSessions()) {
                        model.loadMoreSessions();
                    }
                }
            };
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    reopen(row.getItem());
                }
            });
            return row;
        });
        model.openedProperty().addListener((o, was, now) -> showOpenedIn(sessions));
        model.pastSessions().addListener((javafx.collections.ListChangeListener<AttendanceSessionView>) c ->
                showOpenedIn(sessions));
        sessions.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && sessions.getSelectionModel().getSelectedItem() != null) {
                reopen(sessions.getSelectionModel().getSelectedItem());
            }
        });
    }

    /** Selects the open register's session in the list of the term's sessions, when it is there. */
    private void showOpenedIn(TableView<AttendanceSessionView> list) {
        AttendanceSessionView current = model.openedProperty().get();
        for (int i = 0; current != null && i < list.getItems().size(); i++) {
            if (list.getItems().get(i).id() == current.id()) {
                list.getSelectionModel().clearAndSelect(i);
                return;
            }
        }
    }

    private void reopen(AttendanceSessionView earlier) {
        if (mayDiscard()) {
            model.reopen(earlier);
        }
    }

    /** Asks before typed marks that are not saved are dropped by opening another register. */
    private boolean mayDiscard() {
        if (!model.wouldDiscard()) {
            return true;
        }
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION, I18n.tr(locale, "client.attendance.discard",
                model.register().unsavedProperty().get()), ButtonType.OK, ButtonType.CANCEL);
        ask.setHeaderText(null);
        ask.setTitle(I18n.tr(locale, "client.attendance.title"));
        ask.initOwner(root.getScene().getWindow());
        return ask.showAndWait().filter(ButtonType.OK::equals).isPresent();
    }

    @FXML
    private void open() {
        if (mayDiscard()) {
            model.open();
        }
    }

    @FXML
    private void allPresent() {
        model.markAllUnmarkedPresent();
        table.requestFocus();
    }

    @FXML
    private void save() {
        model.save();
        table.requestFocus();
    }

    @FXML
    private void reload() {
        model.reload();
        table.requestFocus();
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : text.apply(value);
            }

            @Override
            public T fromString(String string) {
                return null;
            }
        };
    }
}
