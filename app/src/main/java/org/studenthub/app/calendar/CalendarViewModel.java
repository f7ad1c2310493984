package org.studenthub.app.calendar;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.StringProperty;
import org.studenthub.app.fx.BackgroundTasks;
import org.studenthub.app.fx.RecordEditor;
import org.studenthub.app.fx.ReferenceList;
import org.studenthub.app.fx.StatusChange;
import org.studenthub.app.session.Session;
import org.studenthub.core.calendar.AcademicYearChanges;
import org.studenthub.core.calendar.AcademicYearStatus;
import org.studenthub.core.calendar.AcademicYearView;
import org.studenthub.core.calendar.CalendarService;
import org.studenthub.core.calendar.NewAcademicYear;
import org.studenthub.core.security.Permission;

/**
 * The academic calendar: the years, newest first (search by code, filter by status), the editor of one year (code,
 * fixed once created; first and last day) and the terms of the year chosen ({@link #terms()}). One year at most is
 * current: making a year current closes the one that was, so the list is read again after a status change.
 */
public final class CalendarViewModel extends RecordEditor<AcademicYearView> {
    private final Session session;
    private final ReferenceList<AcademicYearView, AcademicYearStatus> list;
    private final StatusChange<AcademicYearView, AcademicYearStatus> status;
    private final TermEditor terms;
    private final StringProperty code = form().text("code");
    private final ObjectProperty<LocalDate> startsOn = form().value("startsOn");
    private final ObjectProperty<LocalDate> endsOn = form().value("endsOn");

    public CalendarViewModel(Session session, BackgroundTasks tasks, Locale locale) {
        super(tasks, locale, session.college().collegeWide(Permission.RECORDS_WRITE));
        this.session = session;
        this.list = new ReferenceList<>(tasks, locale, () -> service().listYears(session.college()),
                AcademicYearView::id, ReferenceList.searchIn(AcademicYearView::code), AcademicYearView::status);
        this.status = statusChange(AcademicYearStatus.class, "client.calendar.", AcademicYearView::status,
                AcademicYearView::code, (y, s) -> () -> service().changeYearStatus(session.college(), y.id(),
                        y.version(), s));
        this.terms = new TermEditor(session, tasks, locale, mayEdit());
        onSaved(saved -> {
            list.put(saved);
            if (saved.status() == AcademicYearStatus.CURRENT) {
                list.load();
            }
        });
        recordProperty().addListener((o, was, now) -> terms.showYear(now));
    }

    /** Reads the years; a new-year form not yet typed in then gets its dates from the newest year. */
    public void load() {
        list.load(() -> {
            if (creatingProperty().get() && !form().changedProperty().get()) {
                startNew();
            }
        });
    }

    @Override
    protected void fill(AcademicYearView year) {
        code.set(year.code());
        startsOn.set(year.startsOn());
        endsOn.set(year.endsOn());
    }

    /** A new year starts on 1 September after the newest year's start, and ends on 31 August. */
    @Override
    protected void fillNew() {
        code.set("");
        Optional<AcademicYearView> newest = list.all().stream()
                .max(java.util.Comparator.comparing(AcademicYearView::startsOn));
        LocalDate start = newest.map(y -> y.endsOn().plusDays(1)).orElse(null);
        startsOn.set(start);
        endsOn.set(start == null ? null : start.plusYears(1).minusDays(1));
    }

    @Override
    protected Callable<AcademicYearView> create() {
        NewAcademicYear command = new NewAcademicYear(form().stripped("code"), startsOn.get(), endsOn.get());
        return () -> service().createYear(session.college(), command);
    }

    @Override
    protected Callable<AcademicYearView> update(AcademicYearView stored) {
        AcademicYearChanges changes = new AcademicYearChanges(stored.version(), startsOn.get(), endsOn.get());
        return () -> service().updateYear(session.college(), stored.id(), changes);
    }

    @Override
    protected Callable<AcademicYearView> read(AcademicYearView stored) {
        return () -> service().getYear(session.college(), stored.id());
    }

    private CalendarService service() {
        return session.services().calendar();
    }

    /** The year marked current among those read, if any. */
    public Optional<AcademicYearView> currentYear() {
        return list.all().stream().filter(y -> y.status() == AcademicYearStatus.CURRENT).findFirst();
    }

    public ReferenceList<AcademicYearView, AcademicYearStatus> list() {
        return list;
    }

    public StatusChange<AcademicYearView, AcademicYearStatus> status() {
        return status;
    }

    /** The terms of the chosen year and their editor. */
    public TermEditor terms() {
        return terms;
    }

    public StringProperty codeProperty() {
        return code;
    }

    public ObjectProperty<LocalDate> startsOnProperty() {
        return startsOn;
    }

    public ObjectProperty<LocalDate> endsOnProperty() {
        return endsOn;
    }
}
