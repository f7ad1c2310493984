package org.studenthub.app.fx;

import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.studenthub.app.I18n;
import org.studenthub.core.common.ConflictException;
import org.studenthub.core.common.ValidationException;

/**
 * The editor beside a list of reference records: creates a new record or edits the one chosen, with an
 * {@link EditorForm}. A subclass says how a record fills the form and which service calls create, update and
 * re-read it; this class does the rest the same way on every screen:
 * <ul>
 * <li>the service call runs in the background; the form keeps what was typed until the call succeeds;</li>
 * <li>the core's field problems (and a code already taken) appear beside their fields;</li>
 * <li>a record someone else saved meanwhile is never overwritten: {@link #conflictProperty()} turns on and
 *     {@link #reload()} shows their version;</li>
 * <li>without {@code mayEdit} nothing can be saved (the view shows the form read-only).</li>
 * </ul>
 *
 * @param <V> the record as the core returns it, e.g. {@code DepartmentView}
 */
public abstract class RecordEditor<V> {
    protected final BackgroundTasks tasks;
    protected final Locale locale;
    private final boolean mayEdit;
    private final EditorForm form;
    private final ReadOnlyObjectWrapper<V> record = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper creating = new ReadOnlyBooleanWrapper(true);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper conflict = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private Consumer<V> whenSaved = saved -> { };

    protected RecordEditor(BackgroundTasks tasks, Locale locale, boolean mayEdit) {
        this.tasks = tasks;
        this.locale = locale;
        this.mayEdit = mayEdit;
        this.form = new EditorForm(locale);
    }

    /** Puts {@code record}'s values in the form's fields. */
    protected abstract void fill(V record);

    /** Empties the form's fields for a new record (or fills sensible defaults). */
    protected abstract void fillNew();

    /**
     * The call that creates a record from the form, built now (on the FX thread) and run in the background.
     * Problems found while reading the form go to {@code form().problems()}; then nothing is called.
     */
    protected abstract Callable<V> create();

    /** The call that saves the form's changes to {@code stored}, sending {@code stored}'s version; as {@link #create}. */
    protected abstract Callable<V> update(V stored);

    /** The call that reads {@code stored} again as it is now. */
    protected abstract Callable<V> read(V stored);

    /** Tells {@code action} of every record saved or re-read here (to show it in the list). */
    public void onSaved(Consumer<V> action) {
        this.whenSaved = action;
    }

    /** An empty form for a new record. */
    public void startNew() {
        record.set(null);
        creating.set(true);
        fillNew();
        reset("");
    }

    /** The form filled with {@code chosen}, replacing what it held. */
    public void edit(V chosen) {
        record.set(chosen);
        creating.set(chosen == null);
        if (chosen == null) {
            fillNew();
        } else {
            fill(chosen);
        }
        reset("");
    }

    /** Edits {@code chosen} unless it is already the record shown (so a re-selected row keeps the message). */
    public void choose(V chosen) {
        if (chosen != null && !chosen.equals(record.get())) {
            edit(chosen);
        }
    }

    private void reset(String text) {
        form.markClean();
        form.problems().clear();
        conflict.set(false);
        message.set(text);
    }

    /** Creates the record or saves the changes; on success the form shows what was stored. */
    public void save() {
        if (!mayEdit || busy.get()) {
            return;
        }
        form.problems().clear();
        Callable<V> call = creating.get() ? create() : update(record.get());
        if (!form.problems().isEmpty()) {
            message.set(I18n.tr(locale, "client.record.fix_fields"));
            return;
        }
        run(call, "client.record.saved");
    }

    /** Reads the record again, dropping unsaved changes (after a conflict, to see the other person's version). */
    public void reload() {
        if (record.get() == null) {
            startNew();
            return;
        }
        run(read(record.get()), "");
    }

    /**
     * The status change of this editor's record (see {@link StatusChange}).
     *
     * @param keyPrefix where its texts are, e.g. {@code client.department.}
     * @param nameOf    how the question names the record, e.g. its code
     * @param change    the service call giving the record a status, sending the record's version
     */
    protected <S extends Enum<S>> StatusChange<V, S> statusChange(Class<S> type, String keyPrefix,
            Function<V, S> statusOf, Function<V, String> nameOf, BiFunction<V, S, Callable<V>> change) {
        return new StatusChange<>(this, this::run, type, keyPrefix, statusOf, nameOf, change);
    }

    /** Runs {@code call} (a save, a status change) and shows the record it returns, saying {@code doneKey}. */
    protected void run(Callable<V> call, String doneKey) {
        busy.set(true);
        message.set("");
        tasks.wrap(call)
                .onSuccess(saved -> {
                    busy.set(false);
                    whenSaved.accept(saved);
                    edit(saved);
                    message.set(doneKey.isEmpty() ? "" : I18n.tr(locale, doneKey));
                })
                .onFailure(this::failed)
                .start();
    }

    private void failed(Throwable error) {
        busy.set(false);
        if (error instanceof ValidationException invalid) {
            invalid.problems().forEach(p -> form.problems().put(p.field(), p.message()));
            message.set(I18n.tr(locale, "client.record.fix_fields"));
        } else if (error instanceof ConflictException stale && stale.messageKey().equals("error.conflict.stale")) {
            conflict.set(true);
            message.set(I18n.tr(locale, "client.record.conflict"));
        } else if (error instanceof ConflictException taken && taken.messageKey().endsWith(".code.taken")) {
            form.problems().put("code", ErrorText.of(locale, taken));
            message.set(I18n.tr(locale, "client.record.fix_fields"));
        } else {
            message.set(ErrorText.of(locale, error));
        }
    }

    public EditorForm form() {
        return form;
    }

    /** Whether this person may create and change records here. */
    public boolean mayEdit() {
        return mayEdit;
    }

    /** The record being edited; null while creating a new one. */
    public ReadOnlyObjectProperty<V> recordProperty() {
        return record.getReadOnlyProperty();
    }

    /** True while the form is for a new record. */
    public ReadOnlyBooleanProperty creatingProperty() {
        return creating.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** True after a save was refused because someone else saved the record first; Reload clears it. */
    public ReadOnlyBooleanProperty conflictProperty() {
        return conflict.getReadOnlyProperty();
    }

    /** What happened last (saved, what to fix, why it failed), or empty. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
