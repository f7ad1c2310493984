package org.studenthub.app.attendance;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;
import javafx.fxml.FXML;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.studenthub.app.I18n;
import org.studenthub.core.attendance.AttendanceSummary;
import org.studenthub.core.attendance.Mark;
import org.studenthub.core.calendar.TermView;

/** Binds the Attendance tab of a student: a term chooser and one card per figure of that term. */
public final class StudentAttendanceView {
    private final StudentAttendanceViewModel model;
    private final Locale locale;
    private final MarkKeys marks;

    @FXML
    private ChoiceBox<TermView> term;
    @FXML
    private ProgressIndicator loading;
    @FXML
    private FlowPane cards;
    @FXML
    private Label message;

    public StudentAttendanceView(StudentAttendanceViewModel model, Locale locale) {
        this.model = model;
        this.locale = locale;
        this.marks = new MarkKeys(locale);
    }

    @FXML
    private void initialize() {
        term.setItems(model.terms());
        term.setConverter(new StringConverter<>() {
            @Override
            public String toString(TermView value) {
                return value == null ? "" : value.name() + " (" + value.code() + ")";
            }

            @Override
            public TermView fromString(String text) {
                return null;
            }
        });
        term.valueProperty().bindBidirectional(model.termProperty());
        loading.visibleProperty().bind(model.loadingProperty());
        message.textProperty().bind(model.messageProperty());
        model.summaryProperty().addListener((o, was, now) -> show(now));
        model.load();
    }

    private void show(AttendanceSummary summary) {
        cards.getChildren().clear();
        if (summary == null || summary.total() == 0) {
            return;
        }
        NumberFormat percent = NumberFormat.getPercentInstance(locale);
        percent.setMaximumFractionDigits(1);
        NumberFormat count = NumberFormat.getIntegerInstance(locale);
        cards.getChildren().add(card(I18n.tr(locale, "client.attendance.student.rate"), percent.format(summary.rate()),
                I18n.tr(locale, "client.attendance.student.rate.detail", summary.present() + summary.late(),
                        summary.total()), "rate"));
        for (Mark mark : Mark.values()) {
            long value = switch (mark) {
                case PRESENT -> summary.present();
                case ABSENT -> summary.absent();
                case LATE -> summary.late();
                case EXCUSED -> summary.excused();
            };
            cards.getChildren().add(card(marks.label(mark), count.format(value), percent.format(
                    BigDecimal.valueOf(value).divide(BigDecimal.valueOf(summary.total()), 4, java.math.RoundingMode.HALF_UP)),
                    mark.name().toLowerCase(Locale.ROOT)));
        }
        cards.getChildren().add(card(I18n.tr(locale, "client.attendance.student.total"), count.format(summary.total()),
                I18n.tr(locale, "client.attendance.student.total.detail"), "total"));
    }

    private static VBox card(String caption, String value, String detail, String id) {
        Label number = new Label(value);
        number.getStyleClass().add("stat-value");
        Label name = new Label(caption);
        name.getStyleClass().add("text-muted");
        Label more = new Label(detail);
        more.getStyleClass().add("text-small");
        VBox card = new VBox(number, name, more);
        card.setId("attendance-" + id);
        card.getStyleClass().add("stat-card");
        card.setAccessibleText(caption + ": " + value + ", " + detail);
        return card;
    }
}
