package org.studenthub.app.student;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.util.StringConverter;
import org.studenthub.app.I18n;
import org.studenthub.core.calendar.TermView;
import org.studenthub.core.enrolment.EnrolmentStatus;
import org.studenthub.core.section.SectionView;

/** Binds a student's Enrolments tab: the list, and enrolling or withdrawing for staff who may. */
public final class StudentEnrolmentsView {
    private final StudentEnrolmentsViewModel model;
    private final Locale locale;
    private final DateTimeFormatter dates;

    @FXML
    private HBox enrolBar;
    @FXML
    private Label sectionLabel;
    @FXML
    private ComboBox<SectionView> section;
    @FXML
    private Label termLabel;
    @FXML
    private ChoiceBox<TermView> term;
    @FXML
    private Button enrol;
    @FXML
    private Button withdraw;
    @FXML
    private TableView<EnrolmentLine> enrolments;
    @FXML
    private TableColumn<EnrolmentLine, String> sectionColumn;
    @FXML
    private TableColumn<EnrolmentLine, String> yearColumn;
    @FXML
    private TableColumn<EnrolmentLine, String> termColumn;
    @FXML
    private TableColumn<EnrolmentLine, String> statusColumn;
    @FXML
    private TableColumn<EnrolmentLine, String> enrolledColumn;
    @FXML
    private TableColumn<EnrolmentLine, String> endedColumn;
    @FXML
    private Label message;
    @FXML
    private ProgressIndicator loading;

    public StudentEnrolmentsView(StudentEnrolmentsViewModel model, Locale locale) {
        this.model = model;
        this.locale = locale;
        this.dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
    }

    @FXML
    private void initialize() {
        sectionLabel.setLabelFor(section);
        termLabel.setLabelFor(term);
        enrolBar.setVisible(model.mayWrite());
        enrolBar.setManaged(model.mayWrite());
        section.setItems(model.sections());
        section.setConverter(converter(s -> s.code() + " \u2014 " + s.name()));
        section.valueProperty().bindBidirectional(model.sectionProperty());
        term.setItems(model.terms());
        term.setConverter(converter(t -> t.code() + " \u00b7 " + t.name()));
        term.valueProperty().bindBidirectional(model.termProperty());
        enrol.disableProperty().bind(model.sectionProperty().isNull().or(model.termProperty().isNull())
                .or(model.loadingProperty()));
        withdraw.disableProperty().bind(enrolments.getSelectionModel().selectedItemProperty().isNull()
                .or(model.loadingProperty()));

        sectionColumn.setCellValueFactory(c -> text(c.getValue().sectionCode() + " \u2014 " + c.getValue().sectionName()));
        yearColumn.setCellValueFactory(c -> text(c.getValue().academicYear()));
        termColumn.setCellValueFactory(c -> text(c.getValue().term()));
        statusColumn.setCellValueFactory(c -> text(model.statusText(c.getValue().enrolment().status())));
        enrolledColumn.setCellValueFactory(c -> text(date(c.getValue().enrolment().enrolledOn())));
        endedColumn.setCellValueFactory(c -> text(date(c.getValue().enrolment().endedOn())));
        enrolments.setItems(model.lines());
        enrolments.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        enrolments.setPlaceholder(new Label(I18n.tr(locale, "client.section.student.none")));
        message.textProperty().bind(model.messageProperty());
        loading.visibleProperty().bind(model.loadingProperty());
        model.load();
    }

    @FXML
    private void enrol() {
        model.enrol();
    }

    @FXML
    private void withdraw() {
        EnrolmentLine line = enrolments.getSelectionModel().getSelectedItem();
        if (line == null || line.enrolment().status() == EnrolmentStatus.WITHDRAWN) {
            return;
        }
        ButtonType yes = new ButtonType(I18n.tr(locale, "client.section.roster.confirm"), ButtonBar.ButtonData.OK_DONE);
        ButtonType no = new ButtonType(I18n.tr(locale, "client.section.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, I18n.tr(locale, "client.section.student.withdraw.question",
                line.sectionCode(), line.term(), line.academicYear()), yes, no);
        alert.setHeaderText(null);
        alert.setTitle(withdraw.getText().replace("_", ""));
        if (enrolments.getScene() != null) {
            alert.initOwner(enrolments.getScene().getWindow());
        }
        alert.showAndWait().filter(yes::equals).ifPresent(b -> model.withdraw(line));
    }

    private String date(LocalDate day) {
        return day == null ? "" : dates.format(day);
    }

    private static ReadOnlyStringWrapper text(String value) {
        return new ReadOnlyStringWrapper(value == null ? "" : value);
    }

    private static <T> StringConverter<T> converter(Function<T, String> show) {
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
