package org.studenthub.app.section;

import java.util.Locale;
import java.util.function.BiFunction;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.MapChangeListener;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import atlantafx.base.controls.CustomTextField;
import org.kordamp.ikonli.javafx.FontIcon;
import org.studenthub.app.I18n;
import org.studenthub.core.calendar.AcademicYearStatus;
import org.studenthub.core.calendar.AcademicYearView;
import org.studenthub.core.programme.ProgrammeView;
import org.studenthub.core.section.SectionStatus;
import org.studenthub.core.section.SectionView;

/**
 * Binds the sections of a year and the editor beside them. Selecting a section edits it; double-click, Enter or
 * "Open class list" shows its students over the list; closing and reopening a section is confirmed first.
 */
public final class SectionsView {
    private static final PseudoClass DANGER = PseudoClass.getPseudoClass("danger");

    private final SectionsViewModel model;
    private final SectionEditorViewModel editing;
    private final Locale locale;
    private final BiFunction<SectionView, Runnable, Parent> rosterScreen;

    @FXML
    private StackPane stack;
    @FXML
    private VBox list;
    @FXML
    private Label yearLabel;
    @FXML
    private ComboBox<AcademicYearView> year;
    @FXML
    private CustomTextField filter;
    @FXML
    private Label statusLabel;
    @FXML
    private ChoiceBox<SectionStatus> status;
    @FXML
    private ProgressIndicator loading;
    @FXML
    private Button open;
    @FXML
    private Button newSection;
    @FXML
    private TableView<SectionView> table;
    @FXML
    private TableColumn<SectionView, String> codeColumn;
    @FXML
    private TableColumn<SectionView, String> programmeColumn;
    @FXML
    private TableColumn<SectionView, String> nameColumn;
    @FXML
    private TableColumn<SectionView, String> yearOfStudyColumn;
    @FXML
    private TableColumn<SectionView, String> capacityColumn;
    @FXML
    private TableColumn<SectionView, String> stateColumn;
    @FXML
    private VBox editor;
    @FXML
    private Label editorTitle;
    @FXML
    private GridPane form;
    @FXML
    private Button save;
    @FXML
    private Button reload;
    @FXML
    private Button changeStatus;
    @FXML
    private Label editorMessage;
    @FXML
    private Label message;

    /** @param rosterScreen makes a section's class list, given the section and what "back" does */
    public SectionsView(SectionsViewModel model, Locale locale, BiFunction<SectionView, Runnable, Parent> rosterScreen) {
        this.model = model;
        this.editing = model.editor();
        this.locale = locale;
        this.rosterScreen = rosterScreen;
    }

    @FXML
    private void initialize() {
        setUpFilters();
        setUpTable();
        setUpEditor();
        loading.visibleProperty().bind(model.loadingProperty());
        message.textProperty().bind(model.messageProperty());
        open.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        model.load();
    }

    private void setUpFilters() {
        yearLabel.setLabelFor(year);
        statusLabel.setLabelFor(status);
        year.setItems(model.years());
        year.setConverter(converter(y -> y.status() == AcademicYearStatus.CURRENT
                ? I18n.tr(locale, "client.section.year.current", y.code()) : y.code()));
        year.valueProperty().bindBidirectional(model.yearProperty());
        filter.setLeft(new FontIcon("mdmz-search"));
        filter.textProperty().bindBidirectional(model.filterProperty());
        status.getItems().add(null);
        status.getItems().addAll(SectionStatus.values());
        status.setConverter(new StringConverter<>() {
            @Override
            public String toString(SectionStatus value) {
                return value == null ? I18n.tr(locale, "client.section.status.any")
                        : EnrolmentLabels.status(locale, value);
            }

            @Override
            public SectionStatus fromString(String text) {
                return null;
            }
        });
        status.valueProperty().bindBidirectional(model.statusProperty());
    }

    private void setUpTable() {
        codeColumn.setCellValueFactory(c -> text(c.getValue().code()));
        programmeColumn.setCellValueFactory(c -> text(model.programmeCode(c.getValue().programmeId())));
        nameColumn.setCellValueFactory(c -> text(c.getValue().name()));
        yearOfStudyColumn.setCellValueFactory(c -> text(String.valueOf(c.getValue().yearOfStudy())));
        capacityColumn.setCellValueFactory(c -> text(c.getValue().capacity() == null ? "\u2014"
                : String.valueOf(c.getValue().capacity())));
        stateColumn.setCellValueFactory(c -> text(EnrolmentLabels.status(locale, c.getValue().status())));
        table.setItems(model.shown());
        table.setFixedCellSize(30);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.setPlaceholder(new Label(I18n.tr(locale, "client.section.empty")));
        table.setRowFactory(t -> {
            TableRow<SectionView> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    openRoster(row.getItem());
                }
            });
            return row;
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && table.getSelectionModel().getSelectedItem() != null) {
                openRoster(table.getSelectionModel().getSelectedItem());
            }
        });
        table.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null && (editing.editingProperty().get() == null
                    || editing.editingProperty().get().id() != now.id()
                    || editing.editingProperty().get().version() != now.version())) {
                editing.edit(now);
            }
        });
    }

    private void setUpEditor() {
        boolean mayEdit = model.mayEdit();
        ComboBox<ProgrammeView> programmes = new ComboBox<>(model.programmes());
        programmes.setConverter(converter(p -> p.code() + " \u00b7 " + p.name()));
        programmes.valueProperty().bindBidirectional(editing.programmeProperty());
        programmes.setMaxWidth(Double.MAX_VALUE);
        addField("programmeId", "client.section.field.programme", programmes);
        TextField codeField = textField(editing.codeProperty());
        addField("code", "client.section.field.code", codeField);
        addField("name", "client.section.field.name", textField(editing.nameProperty()));
        addField("yearOfStudy", "client.section.field.year_of_study", textField(editing.yearOfStudyProperty()));
        TextField capacityField = textField(editing.capacityProperty());
        capacityField.setPromptText(I18n.tr(locale, "client.section.field.capacity.prompt"));
        addField("capacity", "client.section.field.capacity", capacityField);

        editing.editingProperty().addListener((o, was, now) -> {
            showEditing(now, programmes, codeField);
            if (now != null) {
                select(now);
            }
        });
        showEditing(null, programmes, codeField);
        newSection.setVisible(mayEdit);
        newSection.setManaged(mayEdit);
        save.setVisible(mayEdit);
        reload.setVisible(mayEdit);
        form.setDisable(!mayEdit);
        save.disableProperty().bind(editing.changed().not().or(editing.busyProperty()).or(editing.conflictProperty()));
        changeStatus.disableProperty().bind(editing.busyProperty().or(editing.changed()));
        editorMessage.textProperty().bind(editing.messageProperty());
        editing.conflictProperty().addListener((o, was, now) -> {
            editorMessage.getStyleClass().remove("danger");
            if (now) {
                editorMessage.getStyleClass().add("danger");
                reload.requestFocus();
            }
        });
    }

    private void showEditing(SectionView section, ComboBox<ProgrammeView> programmes, TextField codeField) {
        boolean mayEdit = model.mayEdit();
        editorTitle.setText(section == null ? I18n.tr(locale, "client.section.editor.new")
                : I18n.tr(locale, "client.section.editor.edit", section.code()));
        programmes.setDisable(section != null);
        codeField.setEditable(section == null);
        reload.setDisable(section == null);
        changeStatus.setVisible(mayEdit && section != null);
        if (section != null) {
            changeStatus.setText(I18n.tr(locale, section.status() == SectionStatus.ACTIVE
                    ? "client.section.close" : "client.section.reopen"));
        }
        editor.setVisible(mayEdit || section != null);
    }

    private TextField textField(javafx.beans.property.StringProperty value) {
        TextField input = new TextField();
        input.textProperty().bindBidirectional(value);
        return input;
    }

    /** A label, and beside it the input with the line where its problem shows. */
    private void addField(String field, String labelKey, javafx.scene.control.Control input) {
        int row = form.getRowCount();
        Label label = new Label(I18n.tr(locale, labelKey));
        label.setMnemonicParsing(true);
        label.setLabelFor(input);
        input.setId(field);
        input.setAccessibleText(label.getText().replace("_", ""));
        Label problem = new Label();
        problem.setId(field + "Problem");
        problem.getStyleClass().addAll("field-problem", "text-small");
        problem.setWrapText(true);
        problem.setMinHeight(Region.USE_PREF_SIZE);
        problem.setManaged(false);
        problem.setVisible(false);
        editing.fieldProblems().addListener((MapChangeListener<String, String>) change -> {
            String text = editing.fieldProblems().get(field);
            problem.setText(text == null ? "" : text);
            problem.setVisible(text != null);
            problem.setManaged(text != null);
            input.pseudoClassStateChanged(DANGER, text != null);
        });
        VBox cell = new VBox(2, input, problem);
        GridPane.setValignment(label, javafx.geometry.VPos.TOP);
        label.setPadding(new javafx.geometry.Insets(6, 0, 0, 0));
        form.addRow(row, label, cell);
    }

    private void openRoster(SectionView section) {
        Parent roster = rosterScreen.apply(section, () -> {
            stack.getChildren().removeIf(node -> node != list);
            list.setVisible(true);
            table.requestFocus();
        });
        list.setVisible(false);
        stack.getChildren().add(roster);
    }

    @FXML
    private void openSelected() {
        SectionView selected = table.getSelectionModel().getSelectedItem();
        if (selected != null) {
            openRoster(selected);
        }
    }

    @FXML
    private void newSection() {
        table.getSelectionModel().clearSelection();
        editing.startNew(model.yearProperty().get());
        form.lookup("#programmeId").requestFocus();
    }

    @FXML
    private void save() {
        editing.save();
    }

    private void select(SectionView section) {
        for (SectionView shown : table.getItems()) {
            if (shown.id() == section.id()) {
                if (table.getSelectionModel().getSelectedItem() != shown) {
                    table.getSelectionModel().select(shown);
                    table.scrollTo(shown);
                }
                return;
            }
        }
    }

    @FXML
    private void reload() {
        editing.reload();
    }

    @FXML
    private void changeStatus() {
        SectionView section = editing.editingProperty().get();
        if (section == null) {
            return;
        }
        boolean closing = section.status() == SectionStatus.ACTIVE;
        ButtonType yes = new ButtonType(I18n.tr(locale, closing ? "client.section.close.confirm"
                : "client.section.reopen.confirm"), ButtonBar.ButtonData.OK_DONE);
        ButtonType no = new ButtonType(I18n.tr(locale, "client.section.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, I18n.tr(locale, closing
                ? "client.section.close.question" : "client.section.reopen.question", section.code()), yes, no);
        alert.setHeaderText(null);
        alert.setTitle(changeStatus.getText().replace("_", ""));
        Node root = stack.getScene() == null ? null : stack.getScene().getRoot();
        if (root != null) {
            alert.initOwner(root.getScene().getWindow());
        }
        alert.showAndWait().filter(yes::equals).ifPresent(b -> editing.changeStatus());
    }

    private static ReadOnlyStringWrapper text(String value) {
        return new ReadOnlyStringWrapper(value == null ? "" : value);
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> show) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : show.apply(value);
            }

            @Override
            public T fromString(String text) {
                return null;
            }
        };
    }
}
