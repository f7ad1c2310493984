package org.studenthub.app.calendar;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Locale;
import java.util.concurrent.Callable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.studenthub.app.fx.BackgroundTasks;
import org.studenthub.app.fx.ErrorText;
import org.studenthub.app.fx.RecordEditor;
import org.studenthub.app.session.Session;
import org.studenthub.core.calendar.AcademicYearView;
import org.studenthub.core.calendar.CalendarService;
import org.studenthub.core.calendar.NewTerm;
import org.studenthub.core.calendar.TermChanges;
import org.studenthub.core.calendar.TermView;

/**
 * The terms of the academic year chosen on the calendar screen, in sequence order, and the editor of one term
 * (code, fixed once created; name, position in the year, first and last day, inside the year's dates). A new term
 * comes after the last one: next position, starting the day after it ends.
 */
public final class TermEditor extends RecordEditor<TermView> {
    private final Session session;
    private final ReadOnlyObjectWrapper<AcademicYearView> year = new ReadOnlyObjectWrapper<>();
    private final ObservableList<TermView> terms = FXCollections.observableArrayList();
    private final StringProperty code = form().text("code");
    private final StringProperty name = form().text("name");
    private final StringProperty sequenceNo = form().text("sequenceNo");
    private final ObjectProperty<LocalDate> startsOn = form().value("startsOn");
    private final ObjectProperty<LocalDate> endsOn = form().value("endsOn");
    private final StringProperty listMessage = new javafx.beans.property.SimpleStringProperty("");

    TermEditor(Session session, BackgroundTasks tasks, Locale locale, boolean mayEdit) {
        super(tasks, locale, mayEdit);
        this.session = session;
        onSaved(this::put);
    }

    /** Shows the terms of {@code chosen} (none while a new year is being created) and a new-term form. */
    void showYear(AcademicYearView chosen) {
        AcademicYearView was = year.get();
        year.set(chosen);
        if (chosen == null) {
            terms.clear();
            startNew();
            return;
        }
        if (was != null && was.id() == chosen.id()) {
            return;
        }
        terms.clear();
        startNew();
        tasks.wrap(() -> service().termsOf(session.college(), chosen.id()))
                .onSuccess(read -> {
                    if (year.get() != null && year.get().id() == chosen.id()) {
                        terms.setAll(read);
                        listMessage.set("");
                        if (creatingProperty().get() && !form().changedProperty().get()) {
                            startNew();
                        }
                    }
                })
                .onFailure(error -> listMessage.set(ErrorText.of(locale, error)))
                .start();
    }

    private void put(TermView saved) {
        terms.removeIf(t -> t.id() == saved.id());
        terms.add(saved);
        terms.sort(Comparator.comparingInt(TermView::sequenceNo).thenComparing(TermView::code));
    }

    @Override
    protected void fill(TermView term) {
        code.set(term.code());
        name.set(term.name());
        sequenceNo.set(Integer.toString(term.sequenceNo()));
        startsOn.set(term.startsOn());
        endsOn.set(term.endsOn());
    }

    @Override
    protected void fillNew() {
        TermView last = terms.isEmpty() ? null : terms.get(terms.size() - 1);
        code.set("");
        name.set("");
        sequenceNo.set(Integer.toString(last == null ? 1 : last.sequenceNo() + 1));
        startsOn.set(last != null ? last.endsOn().plusDays(1) : year.get() == null ? null : year.get().startsOn());
        endsOn.set(null);
    }

    @Override
    protected Callable<TermView> create() {
        AcademicYearView of = year.get();
        NewTerm command = new NewTerm(of == null ? 0 : of.id(), form().stripped("code"), form().stripped("name"),
                form().wholeNumber("sequenceNo"), startsOn.get(), endsOn.get());
        return () -> service().addTerm(session.college(), command);
    }

    @Override
    protected Callable<TermView> update(TermView stored) {
        TermChanges changes = new TermChanges(stored.version(), form().stripped("name"),
                form().wholeNumber("sequenceNo"), startsOn.get(), endsOn.get());
        return () -> service().updateTerm(session.college(), stored.id(), changes);
    }

    @Override
    protected Callable<TermView> read(TermView stored) {
        return () -> service().getTerm(session.college(), stored.id());
    }

    private CalendarService service() {
        return session.services().calendar();
    }

    /** The year whose terms are shown, or null. */
    public ReadOnlyObjectProperty<AcademicYearView> yearProperty() {
        return year.getReadOnlyProperty();
    }

    /** The year's terms in sequence order. */
    public ObservableList<TermView> terms() {
        return terms;
    }

    /** Why the terms could not be read, or empty. */
    public StringProperty listMessageProperty() {
        return listMessage;
    }

    public StringProperty codeProperty() {
        return code;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty sequenceNoProperty() {
        return sequenceNo;
    }

    public ObjectProperty<LocalDate> startsOnProperty() {
        return startsOn;
    }

    public ObjectProperty<LocalDate> endsOnProperty() {
        return endsOn;
    }
}
