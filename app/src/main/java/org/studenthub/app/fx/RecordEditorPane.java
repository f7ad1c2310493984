package org.studenthub.app.fx;

import java.time.LocalDate;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.studenthub.app.I18n;

/**
 * The editor half of a reference screen, bound to a {@link RecordEditor}: a heading, one row per field with its
 * problem underneath, the status buttons with their confirmation, and New / Save / Reload with the outcome.
 * A screen's FXML places it ({@code <RecordEditorPane fx:id="editor"/>}); its view calls {@link #bind} and then
 * adds the fields. Field labels come from {@code <keyPrefix>field.<name>}; the heading of a new record from
 * {@code <keyPrefix>new}. Without the right to edit, every field is read-only and the buttons are hidden.
 */
public final class RecordEditorPane extends VBox {
    private static final PseudoClass DANGER = PseudoClass.getPseudoClass("danger");

    private final Label heading = new Label();
    private final Label state = new Label();
    private final ProgressIndicator busy = new ProgressIndicator();
    private final Label readOnly = new Label();
    private final GridPane grid = new GridPane();
    private final FlowPane statusButtons = new FlowPane(8, 8);
    private final Label question = new Label();
    private final Button confirm = new Button();
    private final Button cancel = new Button();
    private final HBox confirmBar = new HBox(8, question, confirm, cancel);
    private final Button create = new Button();
    private final Button save = new Button();
    private final Button reload = new Button();
    private final Label message = new Label();
    private RecordEditor<?> model;
    private Locale locale;
    private String keyPrefix;
    private String idPrefix = "";

    public RecordEditorPane() {
        getStyleClass().add("record-editor");
        heading.getStyleClass().add("title-3");
        heading.setWrapText(true);
        state.getStyleClass().add("text-muted");
        busy.setPrefSize(20, 20);
        readOnly.getStyleClass().add("text-muted");
        readOnly.setWrapText(true);
        grid.setHgap(12);
        grid.setVgap(4);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(labels, fields);
        confirmBar.setAlignment(Pos.CENTER_LEFT);
        confirmBar.getStyleClass().add("confirm-bar");
        question.setWrapText(true);
        HBox.setHgrow(question, Priority.ALWAYS);
        confirm.getStyleClass().add("danger");
        save.getStyleClass().add("accent");
        message.setWrapText(true);
        HBox top = new HBox(8, new VBox(2, heading, state), new Region(), busy);
        HBox.setHgrow(top.getChildren().get(1), Priority.ALWAYS);
        HBox buttons = new HBox(8, create, save, reload);
        buttons.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(top, readOnly, grid, statusButtons, confirmBar, buttons, message);
        setSpacing(12);
    }

    /**
     * Connects the pane to {@code editor}.
     *
     * @param keyPrefix where the screen's texts are, e.g. {@code client.department.}
     * @param headingOf the heading of an existing record, e.g. "ACC · Accounting"
     */
    public <V> void bind(RecordEditor<V> editor, Locale language, String keyPrefix, Function<V, String> headingOf) {
        this.model = editor;
        this.locale = language;
        this.keyPrefix = keyPrefix;
        heading.setId(id("editorHeading"));
        state.setId(id("editorState"));
        question.setId(id("statusQuestion"));
        confirm.setId(id("confirmStatus"));
        cancel.setId(id("cancelStatus"));
        create.setId(id("newRecord"));
        save.setId(id("save"));
        reload.setId(id("reload"));
        message.setId(id("editorMessage"));
        create.setText(I18n.tr(locale, "client.record.new"));
        save.setText(I18n.tr(locale, "client.record.save"));
        reload.setText(I18n.tr(locale, "client.record.reload"));
        cancel.setText(I18n.tr(locale, "client.record.cancel"));
        readOnly.setText(I18n.tr(locale, "client.record.read_only"));
        for (Button button : new Button[] {create, save, reload, cancel}) {
            button.setAccessibleText(button.getText().replace("_", ""));
        }
        create.setAccessibleHelp(I18n.tr(locale, keyPrefix + "new"));
        show(readOnly, !editor.mayEdit());
        show(create, editor.mayEdit());
        show(save, editor.mayEdit());
        save.disableProperty().bind(editor.form().changedProperty().not().or(editor.busyProperty())
                .or(editor.conflictProperty()));
        reload.disableProperty().bind(editor.creatingProperty().or(editor.busyProperty()));
        busy.visibleProperty().bind(editor.busyProperty());
        message.textProperty().bind(editor.messageProperty());
        message.managedProperty().bind(message.textProperty().isNotEmpty());
        state.managedProperty().bind(state.textProperty().isNotEmpty());
        statusButtons.managedProperty().bind(Bindings.isNotEmpty(statusButtons.getChildren()));
        editor.conflictProperty().addListener((o, was, now) -> {
            message.pseudoClassStateChanged(DANGER, now);
            message.getStyleClass().remove("danger");
            if (now) {
                message.getStyleClass().add("danger");
                reload.requestFocus();
            }
        });
        create.setOnAction(e -> {
            editor.startNew();
            focusFirstField();
        });
        save.setOnAction(e -> editor.save());
        addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && e.getTarget() instanceof TextField && !save.isDisabled()
                    && save.isVisible()) {
                editor.save();
                e.consume();
            }
        });
        reload.setOnAction(e -> editor.reload());
        heading.textProperty().bind(Bindings.createStringBinding(() -> editor.recordProperty().get() == null
                ? I18n.tr(locale, keyPrefix + "new") : headingOf.apply(editor.recordProperty().get()),
                editor.recordProperty()));
        show(confirmBar, false);
    }

    /** A text field for {@code field}. */
    public TextField text(String field, StringProperty value) {
        TextField input = new TextField();
        input.textProperty().bindBidirectional(value);
        input.setEditable(model.mayEdit());
        addRow(field, input);
        return input;
    }

    /** A text field that can be typed in only while creating (codes, which never change). */
    public TextField fixedText(String field, StringProperty value) {
        TextField input = text(field, value);
        if (model.mayEdit()) {
            input.editableProperty().bind(model.creatingProperty());
        }
        return input;
    }

    /** A picker of one of {@code items} for {@code field}. */
    public <T> ComboBox<T> choice(String field, ObjectProperty<T> value, ObservableList<T> items,
                                  StringConverter<T> converter) {
        ComboBox<T> input = new ComboBox<>(items);
        input.setConverter(converter);
        input.valueProperty().bindBidirectional(value);
        input.setMaxWidth(Double.MAX_VALUE);
        input.setDisable(!model.mayEdit());
        addRow(field, input);
        return input;
    }

    /** A picker that can be changed only while creating (e.g. the department a course belongs to). */
    public <T> ComboBox<T> fixedChoice(String field, ObjectProperty<T> value, ObservableList<T> items,
                                       StringConverter<T> converter) {
        ComboBox<T> input = choice(field, value, items, converter);
        if (model.mayEdit()) {
            input.disableProperty().bind(model.creatingProperty().not());
        }
        return input;
    }

    /** A date field (typed or picked) for {@code field}. */
    public DatePicker date(String field, ObjectProperty<LocalDate> value) {
        DatePicker input = new DatePicker();
        input.setConverter(DateTexts.converter(locale));
        input.valueProperty().bindBidirectional(value);
        input.setMaxWidth(Double.MAX_VALUE);
        input.setDisable(!model.mayEdit());
        addRow(field, input);
        return input;
    }

    private void addRow(String field, Control input) {
        int row = grid.getRowCount();
        Label label = new Label(I18n.tr(locale, keyPrefix + "field." + field));
        label.setLabelFor(input);
        label.setMinWidth(Region.USE_PREF_SIZE);
        input.setId(id(field));
        input.setAccessibleText(label.getText());
        input.setMaxWidth(Double.MAX_VALUE);
        Label problem = new Label();
        problem.setId(id(field + "Problem"));
        problem.getStyleClass().addAll("danger", "text-small");
        problem.setWrapText(true);
        show(problem, false);
        model.form().problems().addListener((javafx.collections.MapChangeListener<String, String>) change -> {
            String text = model.form().problems().get(field);
            problem.setText(text == null ? "" : text);
            show(problem, text != null);
            input.pseudoClassStateChanged(DANGER, text != null);
        });
        grid.add(label, 0, row);
        grid.add(input, 1, row);
        grid.add(problem, 1, row + 1);
    }

    /**
     * The buttons that change the record's status (one per status it can move to), the confirmation asked before
     * any change, and the record's status under the heading ({@code <keyPrefix>status.<status>}).
     */
    public <V, S extends Enum<S>> void statuses(StatusChange<V, S> change) {
        RecordEditor<V> editor = change.editor();
        state.textProperty().bind(Bindings.createStringBinding(() -> editor.recordProperty().get() == null ? ""
                : EnumLabels.label(locale, keyPrefix + "status.", change.statusOf(editor.recordProperty().get())),
                editor.recordProperty()));
        change.choices().addListener((javafx.collections.ListChangeListener<S>) c -> {
            statusButtons.getChildren().clear();
            for (S status : change.choices()) {
                Button button = new Button(change.actionText(status));
                button.setId(id("status-" + status.name().toLowerCase(Locale.ROOT)));
                button.setOnAction(e -> change.request(status));
                button.disableProperty().bind(editor.busyProperty().or(editor.form().changedProperty()));
                statusButtons.getChildren().add(button);
            }
        });
        change.pendingProperty().addListener((o, was, now) -> {
            show(confirmBar, now != null);
            question.setText(change.question());
            if (now != null) {
                confirm.setText(change.actionText(now));
                confirm.requestFocus();
            }
        });
        confirm.setOnAction(e -> change.confirm());
        cancel.setOnAction(e -> change.cancel());
        setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE && change.pendingProperty().get() != null) {
                change.cancel();
                e.consume();
            }
        });
    }

    /** Puts the keyboard in the first field that can be typed in. */
    public void focusFirstField() {
        grid.getChildren().stream().filter(n -> n instanceof Control && !(n instanceof Label))
                .map(Control.class::cast)
                .filter(c -> !c.isDisabled() && !(c instanceof TextField t && !t.isEditable()))
                .findFirst().ifPresent(Control::requestFocus);
    }

    /**
     * Starts the ids of the pane's controls (normally "save", "name", ...), for a screen with two editors:
     * with "term", they read "termSave", "termName". Set it before {@link #bind}, e.g. in FXML.
     */
    public void setIdPrefix(String prefix) {
        this.idPrefix = prefix == null ? "" : prefix;
    }

    public String getIdPrefix() {
        return idPrefix;
    }

    private String id(String base) {
        return idPrefix.isEmpty() ? base : idPrefix + Character.toUpperCase(base.charAt(0)) + base.substring(1);
    }

    private static void show(javafx.scene.Node node, boolean visible) {
        node.setVisible(visible);
        node.setManaged(visible);
    }
}
