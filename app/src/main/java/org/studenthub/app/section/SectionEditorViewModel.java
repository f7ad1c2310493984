package org.studenthub.app.section;

import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.LongFunction;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;
import org.studenthub.app.I18n;
import org.studenthub.app.fx.BackgroundTasks;
import org.studenthub.app.fx.ErrorText;
import org.studenthub.app.session.Session;
import org.studenthub.core.calendar.AcademicYearView;
import org.studenthub.core.common.ConflictException;
import org.studenthub.core.common.ValidationException;
import org.studenthub.core.programme.ProgrammeView;
import org.studenthub.core.security.Permission;
import org.studenthub.core.section.NewSection;
import org.studenthub.core.section.SectionChanges;
import org.studenthub.core.section.SectionStatus;
import org.studenthub.core.section.SectionView;

/**
 * Creates a section in the chosen year or edits one. Programme and code are fixed once a section exists. Numbers
 * that are not numbers are caught here, everything else by the core, and each problem is shown beside its field.
 * Saving sends the version that was read: a change saved by someone else in between is never overwritten.
 */
public final class SectionEditorViewModel {
    private final Session session;
    private final BackgroundTasks tasks;
    private final Locale locale;
    private final Consumer<SectionView> onSaved;
    private final LongFunction<ProgrammeView> programmes;

    private final ReadOnlyObjectWrapper<SectionView> editing = new ReadOnlyObjectWrapper<>();
    private AcademicYearView academicYear;
    private final ObjectProperty<ProgrammeView> programme = new SimpleObjectProperty<>();
    private final StringProperty code = new SimpleStringProperty("");
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty yearOfStudy = new SimpleStringProperty("1");
    private final StringProperty capacity = new SimpleStringProperty("");
    private final ObservableMap<String, String> fieldProblems = FXCollections.observableHashMap();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper conflict = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final BooleanBinding changed;

    SectionEditorViewModel(Session session, BackgroundTasks tasks, Locale locale, LongFunction<ProgrammeView> programmes,
                           Consumer<SectionView> onSaved) {
        this.session = session;
        this.programmes = programmes;
        this.tasks = tasks;
        this.locale = locale;
        this.onSaved = onSaved;
        this.changed = Bindings.createBooleanBinding(this::differs, editing, programme, code, name, yearOfStudy,
                capacity);
    }

    /** An empty editor for a new section of {@code year}. */
    public void startNew(AcademicYearView year) {
        academicYear = year;
        editing.set(null);
        programme.set(null);
        code.set("");
        name.set("");
        yearOfStudy.set("1");
        capacity.set("");
        clearProblems();
        message.set("");
    }

    /** Shows {@code section} for editing; what was typed for another section is replaced. */
    public void edit(SectionView section) {
        editing.set(section);
        programme.set(programmes.apply(section.programmeId()));
        code.set(section.code());
        name.set(section.name());
        yearOfStudy.set(String.valueOf(section.yearOfStudy()));
        capacity.set(section.capacity() == null ? "" : String.valueOf(section.capacity()));
        clearProblems();
        message.set("");
    }

    private void clearProblems() {
        fieldProblems.clear();
        conflict.set(false);
    }

    /** Creates or updates; on a problem, what was typed stays. */
    public void save() {
        fieldProblems.clear();
        Integer year = whole("yearOfStudy", yearOfStudy.get(), false);
        Integer places = whole("capacity", capacity.get(), true);
        SectionView read = editing.get();
        if (read == null && programme.get() == null) {
            fieldProblems.put("programmeId", I18n.tr(locale, "client.section.choose_programme"));
        }
        if (!fieldProblems.isEmpty()) {
            message.set(I18n.tr(locale, "client.section.fix_fields"));
            return;
        }
        busy.set(true);
        if (read == null) {
            NewSection command = new NewSection(programme.get().id(), academicYear.id(), code.get().strip(),
                    name.get().strip(), year, places);
            tasks.wrap(() -> session.services().sections().create(session.college(), command))
                    .onSuccess(saved -> saved(saved, "client.section.created"))
                    .onFailure(this::failed)
                    .start();
        } else {
            SectionChanges changes = new SectionChanges(read.version(), name.get().strip(), year, places);
            tasks.wrap(() -> session.services().sections().update(session.college(), read.id(), changes))
                    .onSuccess(saved -> saved(saved, "client.section.saved"))
                    .onFailure(this::failed)
                    .start();
        }
    }

    /** Closes an active section or reopens a closed one (the View asks first). */
    public void changeStatus() {
        SectionView read = editing.get();
        SectionStatus next = read.status() == SectionStatus.ACTIVE ? SectionStatus.CLOSED : SectionStatus.ACTIVE;
        busy.set(true);
        tasks.wrap(() -> session.services().sections().changeStatus(session.college(), read.id(), read.version(),
                        next))
                .onSuccess(saved -> saved(saved, next == SectionStatus.CLOSED ? "client.section.closed"
                        : "client.section.reopened"))
                .onFailure(this::failed)
                .start();
    }

    /** Reads the section as it is stored now, dropping what was typed. */
    public void reload() {
        SectionView read = editing.get();
        if (read == null) {
            return;
        }
        busy.set(true);
        tasks.wrap(() -> session.services().sections().get(session.college(), read.id()))
                .onSuccess(fresh -> {
                    busy.set(false);
                    onSaved.accept(fresh);
                    edit(fresh);
                    message.set(I18n.tr(locale, "client.section.reloaded"));
                })
                .onFailure(this::failed)
                .start();
    }

    private void saved(SectionView saved, String messageKey) {
        busy.set(false);
        onSaved.accept(saved);
        edit(saved);
        message.set(I18n.tr(locale, messageKey, saved.code()));
    }

    private void failed(Throwable error) {
        busy.set(false);
        if (error instanceof ValidationException invalid) {
            invalid.problems().forEach(p -> fieldProblems.put(p.field(), p.message()));
            message.set(I18n.tr(locale, "client.section.fix_fields"));
        } else if (error instanceof ConflictException stale && stale.messageKey().equals("error.conflict.stale")) {
            conflict.set(true);
            message.set(I18n.tr(locale, "client.section.conflict"));
        } else if (error instanceof ConflictException taken && taken.messageKey().equals("section.code.taken")) {
            fieldProblems.put("code", I18n.tr(locale, "client.section.code_taken"));
            message.set(ErrorText.of(locale, error));
        } else {
            message.set(ErrorText.of(locale, error));
        }
    }

    /** The whole number typed in {@code field}; null (with a problem noted) when it is not one. */
    private Integer whole(String field, String typed, boolean blankAllowed) {
        String text = typed == null ? "" : typed.strip();
        if (text.isEmpty() && blankAllowed) {
            return null;
        }
        try {
            return Integer.valueOf(text);
        } catch (NumberFormatException e) {
            fieldProblems.put(field, I18n.tr(locale, "client.section.whole_number"));
            return null;
        }
    }

    private boolean differs() {
        SectionView read = editing.get();
        if (read == null) {
            return programme.get() != null || !code.get().isBlank() || !name.get().isBlank()
                    || !yearOfStudy.get().strip().equals("1") || !capacity.get().isBlank();
        }
        String readCapacity = read.capacity() == null ? "" : String.valueOf(read.capacity());
        return !name.get().equals(read.name()) || !yearOfStudy.get().strip().equals(String.valueOf(read.yearOfStudy()))
                || !capacity.get().strip().equals(readCapacity);
    }

    /** Sections are edited by staff who may write records college-wide (as the core requires). */
    public boolean mayEdit() {
        return session.college().collegeWide(Permission.RECORDS_WRITE);
    }

    public boolean isNew() {
        return editing.get() == null;
    }

    public ReadOnlyObjectProperty<SectionView> editingProperty() {
        return editing.getReadOnlyProperty();
    }

    public BooleanBinding changed() {
        return changed;
    }

    public ObjectProperty<ProgrammeView> programmeProperty() {
        return programme;
    }

    public StringProperty codeProperty() {
        return code;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty yearOfStudyProperty() {
        return yearOfStudy;
    }

    public StringProperty capacityProperty() {
        return capacity;
    }

    public ObservableMap<String, String> fieldProblems() {
        return fieldProblems;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty conflictProperty() {
        return conflict.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
