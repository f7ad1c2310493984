package org.studenthub.app.teacher;

import java.util.Locale;
import javafx.application.Platform;
import javafx.collections.MapChangeListener;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Control;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tab;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.studenthub.app.I18n;
import org.studenthub.core.department.DepartmentView;
import org.studenthub.core.teacher.TeacherStatus;
import org.studenthub.core.teacher.TeacherView;

/**
 * Binds one teacher: the profile editor with a problem line beside each field, the status change (confirmed first),
 * and the Teaching and Mentees tabs, which open once the teacher exists.
 */
public final class TeacherDetailView {
    private static final PseudoClass DANGER = PseudoClass.getPseudoClass("danger");

    private final TeacherDetailViewModel model;
    private final Locale locale;
    private final Runnable backAction;

    @FXML
    private VBox detail;
    @FXML
    private Label title;
    @FXML
    private Label subtitle;
    @FXML
    private ProgressIndicator busy;
    @FXML
    private MenuButton statusMenu;
    @FXML
    private GridPane profile;
    @FXML
    private Button save;
    @FXML
    private Button reload;
    @FXML
    private Label saveMessage;
    @FXML
    private Tab teachingTab;
    @FXML
    private Tab menteesTab;
    @FXML
    private TeachingView teachingController;
    @FXML
    private MenteesView menteesController;

    private TextField staffNumber;

    public TeacherDetailView(TeacherDetailViewModel model, Locale locale, Runnable backAction) {
        this.model = model;
        this.locale = locale;
        this.backAction = backAction;
    }

    @FXML
    private void initialize() {
        staffNumber = textField("staffNumber", model.staffNumberProperty());
        textField("title", model.titleProperty());
        textField("givenName", model.givenNameProperty());
        textField("familyName", model.familyNameProperty());
        textField("email", model.emailProperty());
        textField("phone", model.phoneProperty());
        addDepartment();
        addHiredOn();
        save.setVisible(model.mayEdit());
        save.disableProperty().bind(model.changed().not().or(model.busyProperty()).or(model.conflictProperty()));
        busy.visibleProperty().bind(model.busyProperty());
        saveMessage.textProperty().bind(model.messageProperty());
        model.conflictProperty().addListener((o, was, now) -> {
            saveMessage.getStyleClass().remove("danger");
            if (now) {
                saveMessage.getStyleClass().add("danger");
                reload.requestFocus();
            }
        });
        reload.visibleProperty().bind(model.teacherProperty().isNotNull());
        reload.managedProperty().bind(reload.visibleProperty());
        detail.addEventFilter(KeyEvent.KEY_PRESSED, this::escapeGoesBack);
        model.teacherProperty().addListener((o, was, now) -> show(was, now));
        show(null, null);
        model.load();
        if (model.isNew()) {
            Platform.runLater(staffNumber::requestFocus);
        }
    }

    private TextField textField(String field, javafx.beans.property.StringProperty value) {
        TextField input = new TextField();
        input.textProperty().bindBidirectional(value);
        input.setEditable(model.mayEdit());
        addRow(field, input);
        return input;
    }

    private void addDepartment() {
        ComboBox<DepartmentView> input = new ComboBox<>(model.departments());
        input.setConverter(Converters.of(d -> d.code() + " \u2014 " + d.name()));
        input.valueProperty().bindBidirectional(model.departmentProperty());
        input.setMaxWidth(Double.MAX_VALUE);
        input.setDisable(!model.mayEdit());
        addRow("departmentId", input);
    }

    private void addHiredOn() {
        DatePicker input = new DatePicker();
        input.valueProperty().bindBidirectional(model.hiredOnProperty());
        input.setMaxWidth(Double.MAX_VALUE);
        input.setEditable(model.mayEdit());
        input.setDisable(!model.mayEdit());
        addRow("hiredOn", input);
    }

    /** One labelled field with its problem line; the field's id is the core's field name. */
    private void addRow(String field, Control input) {
        int row = profile.getRowCount();
        String text = I18n.tr(locale, "client.teacher.field." + field);
        Label label = new Label(text);
        label.setLabelFor(input);
        input.setId(field);
        input.setAccessibleText(text);
        Label problem = new Label();
        problem.setId(field + "Problem");
        problem.setWrapText(true);
        problem.getStyleClass().addAll("danger", "text-small");
        model.fieldProblems().addListener((MapChangeListener<String, String>) change -> {
            String message = model.fieldProblems().get(field);
            problem.setText(message == null ? "" : message);
            input.pseudoClassStateChanged(DANGER, message != null);
        });
        profile.addRow(row, label, input, problem);
    }

    private void show(TeacherView was, TeacherView now) {
        boolean created = now != null;
        staffNumber.setEditable(!created && model.mayEdit());
        teachingTab.setDisable(!created);
        menteesTab.setDisable(!created);
        statusMenu.setVisible(created && model.mayEdit());
        if (!created) {
            title.setText(I18n.tr(locale, "client.teacher.new_title"));
            subtitle.setText(I18n.tr(locale, "client.teacher.new_subtitle"));
            return;
        }
        title.setText((now.title() == null ? "" : now.title() + " ") + now.givenName() + " " + now.familyName());
        subtitle.setText(I18n.tr(locale, "client.teacher.subtitle", now.staffNumber(),
                TeacherTexts.status(locale, now.status())));
        fillStatusMenu(now);
        if (was == null || was.id() != now.id()) {
            teachingController.showTeacher(now);
            menteesController.showTeacher(now);
        }
    }

    private void fillStatusMenu(TeacherView now) {
        statusMenu.getItems().clear();
        for (TeacherStatus status : TeacherStatus.values()) {
            MenuItem item = new MenuItem(TeacherTexts.status(locale, status));
            item.setDisable(status == now.status());
            item.setOnAction(e -> confirmStatus(now, status));
            statusMenu.getItems().add(item);
        }
    }

    private void confirmStatus(TeacherView now, TeacherStatus status) {
        String question = I18n.tr(locale, "client.teacher.status.confirm", TeacherTexts.fullName(now),
                TeacherTexts.status(locale, now.status()), TeacherTexts.status(locale, status));
        if (Confirm.ask(statusMenu, locale, question, "client.teacher.status.confirm_yes")) {
            model.changeStatus(status);
        }
    }

    /** Esc returns to the list from anywhere in the detail, unless it closes an open picker. */
    private void escapeGoesBack(KeyEvent e) {
        Node focused = detail.getScene() == null ? null : detail.getScene().getFocusOwner();
        if (e.getCode() == KeyCode.ESCAPE && !(focused instanceof ComboBoxBase<?> picker && picker.isShowing())) {
            e.consume();
            back();
        }
    }

    @FXML
    private void save() {
        model.save();
    }

    @FXML
    private void reload() {
        model.load();
    }

    @FXML
    private void back() {
        backAction.run();
    }
}
