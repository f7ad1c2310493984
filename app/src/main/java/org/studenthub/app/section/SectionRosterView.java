package org.studenthub.app.section;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import javafx.animation.PauseTransition;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import javafx.util.StringConverter;
import atlantafx.base.controls.CustomTextField;
import org.kordamp.ikonli.javafx.FontIcon;
import org.studenthub.app.I18n;
import org.studenthub.core.calendar.TermView;
import org.studenthub.core.enrolment.EnrolledStudent;
import org.studenthub.core.enrolment.EnrolmentStatus;
import org.studenthub.core.section.SectionView;
import org.studenthub.core.student.search.StudentRow;

/**
 * Binds a section's class list: the term, the students (the next page read when the last row shows), ending an
 * enrolment after a confirmation, and the panel that finds a student by number or name and enrols them.
 */
public final class SectionRosterView {
    private static final Duration TYPING_PAUSE = Duration.millis(150);

    private final SectionRosterViewModel model;
    private final Locale locale;
    private final String programmeLabel;
    private final Runnable backAction;
    private final DateTimeFormatter dates;

    @FXML
    private Label title;
    @FXML
    private Label subtitle;
    @FXML
    private ProgressIndicator rosterLoading;
    @FXML
    private Label termLabel;
    @FXML
    private ChoiceBox<TermView> term;
    @FXML
    private Label count;
    @FXML
    private MenuButton enrolmentStatus;
    @FXML
    private TableView<EnrolledStudent> roster;
    @FXML
    private TableColumn<EnrolledStudent, String> rosterNumber;
    @FXML
    private TableColumn<EnrolledStudent, String> rosterName;
    @FXML
    private TableColumn<EnrolledStudent, String> rosterState;
    @FXML
    private TableColumn<EnrolledStudent, String> rosterEnrolledOn;
    @FXML
    private TableColumn<EnrolledStudent, String> rosterEndedOn;
    @FXML
    private VBox enrolPane;
    @FXML
    private CustomTextField studentSearch;
    @FXML
    private ListView<StudentRow> candidates;
    @FXML
    private Button enrol;
    @FXML
    private Label rosterMessage;

    public SectionRosterView(SectionRosterViewModel model, Locale locale, String programmeLabel, Runnable backAction) {
        this.model = model;
        this.locale = locale;
        this.programmeLabel = programmeLabel;
        this.backAction = backAction;
        this.dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
    }

    @FXML
    private void initialize() {
        SectionView section = model.section();
        title.setText(section.code() + " \u2014 " + section.name());
        subtitle.setText(I18n.tr(locale, "client.section.roster.subtitle", programmeLabel, section.yearOfStudy(),
                EnrolmentLabels.status(locale, section.status())));
        termLabel.setLabelFor(term);
        term.setItems(model.terms());
        term.setConverter(new StringConverter<>() {
            @Override
            public String toString(TermView value) {
                return value == null ? "" : value.code() + " \u00b7 " + value.name();
            }

            @Override
            public TermView fromString(String text) {
                return null;
            }
        });
        term.valueProperty().bindBidirectional(model.termProperty());
        count.textProperty().bind(model.countProperty());
        rosterLoading.visibleProperty().bind(model.loadingProperty());
        rosterMessage.textProperty().bind(model.messageProperty());
        setUpTable();
        setUpStatusMenu();
        setUpEnrolPanel();
        model.load();
    }

    private void setUpTable() {
        rosterNumber.setCellValueFactory(c -> text(c.getValue().studentNumber()));
        rosterName.setCellValueFactory(c -> text(c.getValue().familyName() + ", " + c.getValue().givenName()));
        rosterState.setCellValueFactory(c -> text(EnrolmentLabels.status(locale, c.getValue().enrolment().status())));
        rosterEnrolledOn.setCellValueFactory(c -> text(date(c.getValue().enrolment().enrolledOn())));
        rosterEndedOn.setCellValueFactory(c -> text(date(c.getValue().enrolment().endedOn())));
        roster.setItems(model.rows());
        roster.setFixedCellSize(30);
        roster.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        roster.setPlaceholder(new Label(I18n.tr(locale, "client.section.roster.empty")));
        roster.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(EnrolledStudent row, boolean empty) {
                super.updateItem(row, empty);
                if (!empty && getIndex() >= model.rows().size() - 1 && model.hasMore()) {
                    model.loadMore();
                }
            }
        });
    }

    private void setUpStatusMenu() {
        enrolmentStatus.setVisible(model.mayEnrol());
        enrolmentStatus.disableProperty().bind(roster.getSelectionModel().selectedItemProperty().isNull());
        for (EnrolmentStatus status : model.statusChoices()) {
            MenuItem item = new MenuItem(EnrolmentLabels.status(locale, status));
            item.setId("status-" + status.name().toLowerCase(Locale.ROOT));
            item.setOnAction(e -> confirmStatus(status));
            enrolmentStatus.getItems().add(item);
        }
    }

    private void confirmStatus(EnrolmentStatus status) {
        EnrolledStudent line = roster.getSelectionModel().getSelectedItem();
        if (line == null || line.enrolment().status() == status) {
            return;
        }
        ButtonType yes = new ButtonType(I18n.tr(locale, "client.section.roster.confirm"), ButtonBar.ButtonData.OK_DONE);
        ButtonType no = new ButtonType(I18n.tr(locale, "client.section.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, I18n.tr(locale, "client.section.roster.confirm_status",
                line.familyName() + ", " + line.givenName(), line.studentNumber(),
                EnrolmentLabels.status(locale, status)), yes, no);
        alert.setHeaderText(null);
        alert.setTitle(I18n.tr(locale, "client.section.roster.change_status").replace("_", ""));
        if (roster.getScene() != null) {
            alert.initOwner(roster.getScene().getWindow());
        }
        alert.showAndWait().filter(yes::equals).ifPresent(b -> model.changeStatus(line, status));
    }

    private void setUpEnrolPanel() {
        enrolPane.setVisible(model.mayEnrol());
        enrolPane.setManaged(model.mayEnrol());
        studentSearch.setLeft(new FontIcon("mdmz-search"));
        PauseTransition pause = new PauseTransition(TYPING_PAUSE);
        pause.setOnFinished(e -> model.searchStudents());
        studentSearch.textProperty().bindBidirectional(model.studentTextProperty());
        studentSearch.textProperty().addListener((o, was, now) -> pause.playFromStart());
        studentSearch.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DOWN && !candidates.getItems().isEmpty()) {
                candidates.requestFocus();
                candidates.getSelectionModel().selectFirst();
            }
        });
        candidates.setItems(model.candidates());
        candidates.setPlaceholder(new Label(I18n.tr(locale, "client.section.roster.no_candidates")));
        candidates.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(StudentRow row, boolean empty) {
                super.updateItem(row, empty);
                setText(empty || row == null ? null
                        : row.studentNumber() + "  " + row.familyName() + ", " + row.givenName());
            }
        });
        candidates.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                enrol();
            }
        });
        candidates.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                enrol();
            }
        });
        enrol.disableProperty().bind(candidates.getSelectionModel().selectedItemProperty().isNull()
                .or(model.termProperty().isNull()));
    }

    private String date(LocalDate day) {
        return day == null ? "" : dates.format(day);
    }

    private static ReadOnlyStringWrapper text(String value) {
        return new ReadOnlyStringWrapper(value == null ? "" : value);
    }

    @FXML
    private void enrol() {
        StudentRow chosen = candidates.getSelectionModel().getSelectedItem();
        if (chosen != null) {
            model.enrol(chosen);
        }
    }

    @FXML
    private void back() {
        backAction.run();
    }
}
