package org.studenthub.app.calendar;

import atlantafx.base.controls.CustomTextField;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import org.studenthub.app.I18n;
import org.studenthub.app.fx.DateTexts;
import org.studenthub.app.fx.EnumLabels;
import org.studenthub.app.fx.RecordEditorPane;
import org.studenthub.app.fx.ReferenceListBinding;
import org.studenthub.core.calendar.AcademicYearStatus;
import org.studenthub.core.calendar.AcademicYearView;
import org.studenthub.core.calendar.TermView;

/** Binds the academic calendar: the years, the editor of the chosen year, and its terms with their editor. */
public final class CalendarView {
    private static final String KEYS = "client.calendar.";

    private final CalendarViewModel model;
    private final Locale locale;

    @FXML
    private CustomTextField search;
    @FXML
    private ChoiceBox<AcademicYearStatus> status;
    @FXML
    private ProgressIndicator loading;
    @FXML
    private Label current;
    @FXML
    private TableView<AcademicYearView> table;
    @FXML
    private TableColumn<AcademicYearView, String> codeColumn;
    @FXML
    private TableColumn<AcademicYearView, String> startsOnColumn;
    @FXML
    private TableColumn<AcademicYearView, String> endsOnColumn;
    @FXML
    private TableColumn<AcademicYearView, String> stateColumn;
    @FXML
    private Label message;
    @FXML
    private Label count;
    @FXML
    private RecordEditorPane editor;
    @FXML
    private VBox termsBox;
    @FXML
    private Label termsTitle;
    @FXML
    private TableView<TermView> terms;
    @FXML
    private TableColumn<TermView, Number> termSequenceColumn;
    @FXML
    private TableColumn<TermView, String> termCodeColumn;
    @FXML
    private TableColumn<TermView, String> termNameColumn;
    @FXML
    private TableColumn<TermView, String> termStartsOnColumn;
    @FXML
    private TableColumn<TermView, String> termEndsOnColumn;
    @FXML
    private Label termsMessage;
    @FXML
    private RecordEditorPane termEditor;

    public CalendarView(CalendarViewModel model, Locale locale) {
        this.model = model;
        this.locale = locale;
    }

    @FXML
    private void initialize() {
        new ReferenceListBinding<>(model.list(), locale, KEYS).search(search).status(status, AcademicYearStatus.class)
                .table(table, model, editor::focusFirstField).loading(loading).message(message).count(count);
        codeColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().code()));
        startsOnColumn.setCellValueFactory(c -> date(c.getValue().startsOn()));
        endsOnColumn.setCellValueFactory(c -> date(c.getValue().endsOn()));
        stateColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(
                EnumLabels.label(locale, KEYS + "status.", c.getValue().status())));
        current.textProperty().bind(Bindings.createStringBinding(() -> model.currentYear()
                .map(y -> I18n.tr(locale, KEYS + "current", y.code()))
                .orElse(I18n.tr(locale, KEYS + "no_current")), model.list().all()));

        editor.bind(model, locale, KEYS, AcademicYearView::code);
        editor.fixedText("code", model.codeProperty()).setPromptText(I18n.tr(locale, KEYS + "code.prompt"));
        editor.date("startsOn", model.startsOnProperty());
        editor.date("endsOn", model.endsOnProperty());
        editor.statuses(model.status());
        bindTerms(model.terms());
        model.startNew();
        model.load();
    }

    private void bindTerms(TermEditor termModel) {
        termsBox.disableProperty().bind(termModel.yearProperty().isNull());
        termEditor.disableProperty().bind(termModel.yearProperty().isNull());
        termsTitle.textProperty().bind(Bindings.createStringBinding(() -> termModel.yearProperty().get() == null
                ? I18n.tr(locale, KEYS + "terms.none_yet")
                : I18n.tr(locale, KEYS + "terms.of", termModel.yearProperty().get().code()), termModel.yearProperty()));
        terms.setItems(termModel.terms());
        terms.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Label noTerms = new Label(I18n.tr(locale, KEYS + "terms.empty"));
        noTerms.setWrapText(true);
        terms.setPlaceholder(noTerms);
        termSequenceColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().sequenceNo()));
        termCodeColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().code()));
        termNameColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().name()));
        termStartsOnColumn.setCellValueFactory(c -> date(c.getValue().startsOn()));
        termEndsOnColumn.setCellValueFactory(c -> date(c.getValue().endsOn()));
        terms.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> termModel.choose(now));
        termModel.recordProperty().addListener((o, was, now) -> {
            if (now == null) {
                terms.getSelectionModel().clearSelection();
            } else if (!now.equals(terms.getSelectionModel().getSelectedItem())) {
                terms.getSelectionModel().select(now);
            }
        });
        termsMessage.textProperty().bind(termModel.listMessageProperty());

        termEditor.bind(termModel, locale, KEYS + "term.", t -> t.code() + " \u00b7 " + t.name());
        termEditor.fixedText("code", termModel.codeProperty());
        termEditor.text("name", termModel.nameProperty());
        termEditor.text("sequenceNo", termModel.sequenceNoProperty());
        termEditor.date("startsOn", termModel.startsOnProperty());
        termEditor.date("endsOn", termModel.endsOnProperty());
    }

    private ReadOnlyStringWrapper date(java.time.LocalDate date) {
        return new ReadOnlyStringWrapper(DateTexts.format(locale, date));
    }
}
