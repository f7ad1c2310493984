package org.studenthub.app.dashboard;

import java.text.NumberFormat;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import javafx.fxml.FXML;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.studenthub.app.I18n;

/**
 * Binds the dashboard: one card per figure, bar charts of active students per programme and of approved achievements
 * per category, and the latest changes to records; what the role may not see is not shown at all.
 */
public final class DashboardView {
    /** Below this many bars, wide gaps keep each bar from filling half the chart. */
    private static final int FEW_BARS = 6;
    private static final double WIDE_GAP = 80;
    private static final double NARROW_GAP = 4;

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
    private BarChart<String, Number> categories;
    @FXML
    private VBox recentBox;
    @FXML
    private ListView<String> recent;
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
        setUpCounts(programmes);
        setUpCounts(categories);
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
        showBars(programmes, figures.byProgramme().stream()
                .map(p -> new XYChart.Data<String, Number>(p.code(), p.students())).toList());
        showBars(categories, figures.byCategory().stream()
                .map(c -> new XYChart.Data<String, Number>(c.name(), c.achievements())).toList());
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(locale)
                .withZone(ZoneId.systemDefault());
        recent.getItems().setAll(figures.recentChanges().stream().map(e -> I18n.tr(locale, "client.dashboard.change",
                when.format(e.occurredAt()), e.actor(),
                I18n.tr(locale, "client.dashboard.action." + e.action().name().toLowerCase(Locale.ROOT)),
                e.table(), e.rowId() == null ? "" : "#" + e.rowId())).toList());
        recentBox.setVisible(!figures.recentChanges().isEmpty());
        recentBox.setManaged(recentBox.isVisible());
    }

    /** Counts: whole numbers on the axis, bars that fill their slot even when there are many. */
    private void setUpCounts(BarChart<String, Number> chart) {
        chart.setBarGap(0);
        NumberAxis axis = (NumberAxis) chart.getYAxis();
        axis.setMinorTickVisible(false);
        NumberFormat numbers = NumberFormat.getIntegerInstance(locale);
        axis.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number value) {
                double number = value.doubleValue();
                return Math.abs(number - Math.rint(number)) < 1e-6 ? numbers.format(Math.rint(number)) : "";
            }

            @Override
            public Number fromString(String text) {
                return null;
            }
        });
    }

    /** One bar per value; a chart without values is not shown. */
    private static void showBars(BarChart<String, Number> chart, List<XYChart.Data<String, Number>> bars) {
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        series.getData().setAll(bars);
        chart.getData().setAll(List.of(series));
        chart.setCategoryGap(bars.size() < FEW_BARS ? WIDE_GAP : NARROW_GAP);
        chart.setVisible(!bars.isEmpty());
        chart.setManaged(chart.isVisible());
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
