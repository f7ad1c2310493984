package org.studenthub.app.dashboard;

import java.text.NumberFormat;
import java.util.Locale;
import javafx.fxml.FXML;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.studenthub.app.I18n;
import org.studenthub.core.student.StudentCounts;

/** Binds the dashboard: one card per figure, a bar chart of active students per programme. */
public final class DashboardView {
    private final DashboardViewModel model;
    private final Locale locale;
    private final String userName;

    @FXML
    private Label greeting;
    @FXML
    private FlowPane cards;
    @FXML
    private BarChart<String, Number> programmes;
    @FXML
    private Label message;

    public DashboardView(DashboardViewModel model, Locale locale, String userName) {
        this.model = model;
        this.locale = locale;
        this.userName = userName;
    }

    @FXML
    private void initialize() {
        greeting.setText(I18n.tr(locale, "client.dashboard.greeting", userName));
        message.textProperty().bind(model.messageProperty());
        model.figuresProperty().addListener((o, was, figures) -> show(figures));
        model.refresh();
    }

    private void show(DashboardViewModel.Figures figures) {
        cards.getChildren().clear();
        NumberFormat numbers = NumberFormat.getIntegerInstance(locale);
        figures.byStatus().forEach((status, count) -> cards.getChildren().add(
                card(I18n.tr(locale, "client.dashboard.students." + status.name().toLowerCase(Locale.ROOT)),
                        numbers.format(count))));
        if (figures.waitingForMe() != null) {
            cards.getChildren().add(card(I18n.tr(locale, "client.dashboard.waiting"),
                    numbers.format(figures.waitingForMe())));
        }
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        for (StudentCounts.ProgrammeCount programme : figures.byProgramme()) {
            series.getData().add(new XYChart.Data<>(programme.code(), programme.students()));
        }
        programmes.getData().setAll(java.util.List.of(series));
        programmes.setVisible(!figures.byProgramme().isEmpty());
        programmes.setManaged(programmes.isVisible());
    }

    private static VBox card(String label, String value) {
        Label number = new Label(value);
        number.getStyleClass().add("stat-value");
        Label caption = new Label(label);
        caption.getStyleClass().add("text-muted");
        VBox card = new VBox(number, caption);
        card.getStyleClass().add("stat-card");
        card.setAccessibleText(label + ": " + value);
        return card;
    }

}
