package org.studenthub.app.programme;

import atlantafx.base.controls.CustomTextField;
import java.util.Locale;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.fxml.FXML;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.studenthub.app.fx.EnumLabels;
import org.studenthub.app.fx.RecordEditorPane;
import org.studenthub.app.fx.ReferenceListBinding;
import org.studenthub.core.programme.ProgrammeStatus;
import org.studenthub.core.programme.ProgrammeView;

/** Binds the programmes screen: the searchable list and the editor beside it. */
public final class ProgrammesView {
    private static final String KEYS = "client.programme.";

    private final ProgrammesViewModel model;
    private final Locale locale;

    @FXML
    private CustomTextField search;
    @FXML
    private ChoiceBox<ProgrammeStatus> status;
    @FXML
    private ProgressIndicator loading;
    @FXML
    private TableView<ProgrammeView> table;
    @FXML
    private TableColumn<ProgrammeView, String> codeColumn;
    @FXML
    private TableColumn<ProgrammeView, String> nameColumn;
    @FXML
    private TableColumn<ProgrammeView, String> departmentColumn;
    @FXML
    private TableColumn<ProgrammeView, String> levelColumn;
    @FXML
    private TableColumn<ProgrammeView, String> stateColumn;
    @FXML
    private Label message;
    @FXML
    private Label count;
    @FXML
    private RecordEditorPane editor;

    public ProgrammesView(ProgrammesViewModel model, Locale locale) {
        this.model = model;
        this.locale = locale;
    }

    @FXML
    private void initialize() {
        new ReferenceListBinding<>(model.list(), locale, KEYS).search(search).status(status, ProgrammeStatus.class)
                .table(table, model, editor::focusFirstField).loading(loading).message(message).count(count);
        codeColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().code()));
        nameColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().name()));
        departmentColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(
                model.departmentCode(c.getValue().departmentId())));
        levelColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(
                EnumLabels.label(locale, KEYS + "level.", c.getValue().level())));
        stateColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(
                EnumLabels.label(locale, KEYS + "status.", c.getValue().status())));

        editor.bind(model, locale, KEYS, p -> p.code() + " \u00b7 " + p.name());
        editor.fixedChoice("departmentId", model.departmentProperty(), model.departmentChoices(),
                EnumLabels.shown(model::departmentName, ""));
        editor.fixedText("code", model.codeProperty());
        editor.text("name", model.nameProperty());
        editor.text("degree", model.degreeProperty());
        editor.choice("level", model.levelProperty(), FXCollections.observableArrayList(model.levels()),
                EnumLabels.converter(locale, KEYS + "level."));
        editor.text("durationYears", model.durationYearsProperty());
        editor.text("credits", model.creditsProperty());
        editor.statuses(model.status());
        model.startNew();
        model.load();
    }
}
