package org.studenthub.app.student;

import java.util.Locale;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.MapChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import org.studenthub.app.I18n;
import org.studenthub.core.achievement.AchievementView;
import org.studenthub.core.student.GuardianView;
import org.studenthub.core.student.StudentView;

/** Binds one student's detail: the profile editor with a problem line under each field, and the tabs. */
public final class StudentDetailView {
    private final StudentDetailViewModel model;
    private final Locale locale;
    private final Runnable backAction;

    @FXML
    private Label title;
    @FXML
    private Label subtitle;
    @FXML
    private ProgressIndicator busy;
    @FXML
    private GridPane profile;
    @FXML
    private Button save;
    @FXML
    private Button reload;
    @FXML
    private Label saveMessage;
    @FXML
    private TableView<GuardianView> guardians;
    @FXML
    private TableColumn<GuardianView, String> guardianName;
    @FXML
    private TableColumn<GuardianView, String> guardianRelationship;
    @FXML
    private TableColumn<GuardianView, String> guardianEmail;
    @FXML
    private TableColumn<GuardianView, String> guardianPhone;
    @FXML
    private Label points;
    @FXML
    private TableView<AchievementView> achievements;
    @FXML
    private TableColumn<AchievementView, String> achievementTitle;
    @FXML
    private TableColumn<AchievementView, String> achievementCategory;
    @FXML
    private TableColumn<AchievementView, String> achievementLevel;
    @FXML
    private TableColumn<AchievementView, String> achievementStatus;
    @FXML
    private TableColumn<AchievementView, Number> achievementPoints;

    public StudentDetailView(StudentDetailViewModel model, Locale locale, Runnable backAction) {
        this.model = model;
        this.locale = locale;
        this.backAction = backAction;
    }

    @FXML
    private void initialize() {
        addField("givenName", model.givenNameProperty());
        addField("familyName", model.familyNameProperty());
        addField("preferredName", model.preferredNameProperty());
        addField("email", model.emailProperty());
        addField("phone", model.phoneProperty());
        addField("addressLine", model.addressLineProperty());
        addField("city", model.cityProperty());
        addField("postalCode", model.postalCodeProperty());
        addField("countryCode", model.countryCodeProperty());
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
        setUpTables();
        model.detailProperty().addListener((o, was, read) -> show(read));
        model.load();
    }

    private void addField(String field, StringProperty value) {
        int row = profile.getRowCount();
        Label label = new Label(I18n.tr(locale, "client.student.field." + field));
        TextField input = new TextField();
        input.setId(field);
        input.textProperty().bindBidirectional(value);
        input.setEditable(model.mayEdit());
        label.setLabelFor(input);
        Label problem = new Label();
        problem.getStyleClass().addAll("danger", "text-small");
        model.fieldProblems().addListener((MapChangeListener<String, String>) change -> {
            String text = model.fieldProblems().get(field);
            problem.setText(text == null ? "" : text);
            input.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("danger"), text != null);
        });
        profile.addRow(row, label, input, problem);
    }

    private void setUpTables() {
        guardianName.setCellValueFactory(c -> text(c.getValue().familyName() + ", " + c.getValue().givenName()));
        guardianRelationship.setCellValueFactory(c -> text(c.getValue().relationship().name()));
        guardianEmail.setCellValueFactory(c -> text(c.getValue().email()));
        guardianPhone.setCellValueFactory(c -> text(c.getValue().phone()));
        achievementTitle.setCellValueFactory(c -> text(c.getValue().title()));
        achievementCategory.setCellValueFactory(c -> text(c.getValue().categoryName()));
        achievementLevel.setCellValueFactory(c -> text(c.getValue().level().name()));
        achievementStatus.setCellValueFactory(c -> text(c.getValue().status().name()));
        achievementPoints.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().points()));
        for (TableView<?> table : java.util.List.of(guardians, achievements)) {
            table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
            table.setPlaceholder(new Label(I18n.tr(locale, "client.student.nothing")));
        }
    }

    private void show(StudentDetail read) {
        StudentView s = read.student();
        title.setText(s.familyName() + ", " + s.givenName());
        subtitle.setText(I18n.tr(locale, "client.student.subtitle", s.studentNumber(),
                I18n.tr(locale, "client.student.status." + s.status().name().toLowerCase(Locale.ROOT))));
        guardians.setItems(FXCollections.observableArrayList(read.guardians()));
        achievements.setItems(FXCollections.observableArrayList(read.achievements()));
        points.setText(read.points() == null ? "" : I18n.tr(locale, "client.student.points", read.points().total()));
    }

    private static ReadOnlyStringWrapper text(String value) {
        return new ReadOnlyStringWrapper(value == null ? "" : value);
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
