package org.studenthub.app.attendance;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.studenthub.app.AppServices;
import org.studenthub.app.I18n;
import org.studenthub.app.fx.BackgroundTasks;
import org.studenthub.app.fx.ErrorText;
import org.studenthub.app.session.Session;
import org.studenthub.core.attendance.AttendanceSummary;
import org.studenthub.core.calendar.TermView;
import org.studenthub.core.enrolment.EnrolmentView;

/**
 * One student's attendance, a term at a time: the terms they were enrolled in (newest first, today's chosen) and
 * the counts of each mark in the chosen term, counted by the database.
 */
public final class StudentAttendanceViewModel {
    private final Session session;
    private final BackgroundTasks tasks;
    private final Locale locale;
    private final long studentId;
    private final Supplier<LocalDate> today;
    private final ObservableList<TermView> terms = FXCollections.observableArrayList();
    private final ObjectProperty<TermView> term = new SimpleObjectProperty<>(this, "term");
    private final ReadOnlyObjectWrapper<AttendanceSummary> summary = new ReadOnlyObjectWrapper<>(this, "summary");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private long generation;

    public StudentAttendanceViewModel(Session session, BackgroundTasks tasks, Locale locale, long studentId,
                                      Supplier<LocalDate> today) {
        this.session = session;
        this.tasks = tasks;
        this.locale = locale;
        this.studentId = studentId;
        this.today = today;
        term.addListener((o, was, now) -> summarise());
    }

    /** Reads the terms the student was enrolled in and chooses the one of today (or the latest before it). */
    public void load() {
        loading.set(true);
        tasks.wrap(this::enrolledTerms)
                .onSuccess(read -> {
                    loading.set(false);
                    terms.setAll(read);
                    if (read.isEmpty()) {
                        message.set(I18n.tr(locale, "client.attendance.student.no_terms"));
                    }
                    term.set(AttendanceChoices.termOf(read, today.get()));
                })
                .onFailure(this::failed)
                .start();
    }

    private List<TermView> enrolledTerms() {
        AppServices services = session.services();
        return services.enrolments().listByStudent(session.college(), studentId).stream()
                .map(EnrolmentView::termId).distinct()
                .map(id -> services.calendar().getTerm(session.college(), id))
                .sorted(Comparator.comparing(TermView::startsOn).reversed()).toList();
    }

    private void summarise() {
        long mine = ++generation;
        TermView chosen = term.get();
        summary.set(null);
        if (chosen == null) {
            return;
        }
        loading.set(true);
        tasks.wrap(() -> session.services().attendance().studentSummary(session.college(), studentId, chosen.id()))
                .onSuccess(read -> {
                    if (mine == generation) {
                        loading.set(false);
                        summary.set(read);
                        message.set(read.total() == 0
                                ? I18n.tr(locale, "client.attendance.student.none", chosen.name()) : "");
                    }
                })
                .onFailure(error -> {
                    if (mine == generation) {
                        failed(error);
                    }
                })
                .start();
    }

    private void failed(Throwable error) {
        loading.set(false);
        message.set(ErrorText.of(locale, error));
    }

    public ObservableList<TermView> terms() {
        return terms;
    }

    public ObjectProperty<TermView> termProperty() {
        return term;
    }

    /** The chosen term's counts; null while none is read. */
    public ReadOnlyObjectProperty<AttendanceSummary> summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
