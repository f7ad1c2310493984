package org.studenthub.app.department;

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
import org.studenthub.core.department.DepartmentStatus;
import org.studenthub.core.department.DepartmentView;

/** Binds the departments screen: the searchable list and the editor beside it. */
public final class DepartmentsView {
    private static final String KEYS = "client.department.";

    private final DepartmentsViewModel model;
    private final Locale locale;

    @FXML
    private CustomTextField search;
    @FXML
    private ChoiceBox<DepartmentStatus> status;
    @FXML
    private ProgressIndicator loading;
    @FXML
    private TableView<DepartmentView> table;
    @FXML
    private TableColumn<DepartmentView, String> codeColumn;
    @FXML
    private TableColumn<DepartmentView, String> nameColumn;
    @FXML
    private TableColumn<DepartmentView, String> headColumn;
    @FXML
    private TableColumn<DepartmentView, String> stateColumn;
    @FXML
    private Label message;
    @FXML
    private Label count;
    @FXML
    private RecordEditorPane editor;

    public DepartmentsView(DepartmentsViewModel model, Locale locale) {
        this.model = model;
        this.locale = locale;
    }

    @FXML
    private void initialize() {
        new ReferenceListBinding<>(model.list(), locale, KEYS).search(search).status(status, DepartmentStatus.class)
                .table(table, model, editor::focusFirstField).loading(loading).message(message).count(count);
        codeColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().code()));
        nameColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().name()));
        headColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(model.headName(c.getValue())));
        stateColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(
                EnumLabels.label(locale, KEYS + "status.", c.getValue().status())));

        editor.bind(model, locale, KEYS, d -> d.code() + " \u00b7 " + d.name());
        editor.fixedText("code", model.codeProperty());
        editor.text("name", model.nameProperty());
        var headPicker = editor.choice("headTeacherId", model.headProperty(), model.headChoices(),
                EnumLabels.shown(model::teacherName, model.teacherName(null)));
        if (model.mayEdit()) {
            headPicker.disableProperty().bind(model.creatingProperty());
        }
        editor.statuses(model.status());
        model.startNew();
        model.load();
    }
}
