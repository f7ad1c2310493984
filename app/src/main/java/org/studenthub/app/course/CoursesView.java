package org.studenthub.app.course;

import atlantafx.base.controls.CustomTextField;
import java.util.Locale;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.studenthub.app.fx.EnumLabels;
import org.studenthub.app.fx.RecordEditorPane;
import org.studenthub.app.fx.ReferenceListBinding;
import org.studenthub.core.course.CourseStatus;
import org.studenthub.core.course.CourseView;

/** Binds the courses screen: the searchable list and the editor beside it. */
public final class CoursesView {
    private static final String KEYS = "client.course.";

    private final CoursesViewModel model;
    private final Locale locale;

    @FXML
    private CustomTextField search;
    @FXML
    private ChoiceBox<CourseStatus> status;
    @FXML
    private ProgressIndicator loading;
    @FXML
    private TableView<CourseView> table;
    @FXML
    private TableColumn<CourseView, String> codeColumn;
    @FXML
    private TableColumn<CourseView, String> titleColumn;
    @FXML
    private TableColumn<CourseView, String> departmentColumn;
    @FXML
    private TableColumn<CourseView, String> creditsColumn;
    @FXML
    private TableColumn<CourseView, String> stateColumn;
    @FXML
    private Label message;
    @FXML
    private Label count;
    @FXML
    private RecordEditorPane editor;

    public CoursesView(CoursesViewModel model, Locale locale) {
        this.model = model;
        this.locale = locale;
    }

    @FXML
    private void initialize() {
        new ReferenceListBinding<>(model.list(), locale, KEYS).search(search).status(status, CourseStatus.class)
                .table(table, model, editor::focusFirstField).loading(loading).message(message).count(count);
        codeColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().code()));
        titleColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().title()));
        departmentColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(
                model.departmentCode(c.getValue().departmentId())));
        creditsColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(model.creditsText(c.getValue().credits())));
        stateColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(
                EnumLabels.label(locale, KEYS + "status.", c.getValue().status())));

        editor.bind(model, locale, KEYS, c -> c.code() + " \u00b7 " + c.title());
        editor.fixedChoice("departmentId", model.departmentProperty(), model.departmentChoices(),
                EnumLabels.shown(model::departmentName, ""));
        editor.fixedText("code", model.codeProperty());
        editor.text("title", model.titleProperty());
        editor.text("subject", model.subjectProperty());
        editor.text("credits", model.creditsProperty());
        editor.statuses(model.status());
        model.startNew();
        model.load();
    }
}
