package org.studenthub.app.fx;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.BiFunction;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.studenthub.app.I18n;

/**
 * Changing the status of the record in a {@link RecordEditor} (close a department, retire a course, make a year
 * current), always in two steps: {@link #request} asks the question, {@link #confirm} does it, {@link #cancel}
 * forgets it. Texts come from {@code <keyPrefix>action.<status>} (the button, e.g. "Close department") and
 * {@code <keyPrefix>confirm.<status>} (the question, with the record's name as {0}), status names lower case.
 *
 * @param <V> the record
 * @param <S> its status enum
 */
public final class StatusChange<V, S extends Enum<S>> {
    private final Locale locale;
    private final String keyPrefix;
    private final List<S> statuses;
    private final Function<V, S> statusOf;
    private final Function<V, String> nameOf;
    private final BiFunction<V, S, Callable<V>> change;
    private final RecordEditor<V> editor;
    private final Runner<V> runner;
    private final ObservableList<S> choices = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<S> pending = new ReadOnlyObjectWrapper<>();

    /** How the editor runs the change (its {@code run}), so failures read as the editor's own. */
    @FunctionalInterface
    interface Runner<V> {
        void run(Callable<V> call, String doneKey);
    }

    /** Made by {@link RecordEditor#statusChange}. */
    StatusChange(RecordEditor<V> editor, Runner<V> runner, Class<S> type, String keyPrefix,
                 Function<V, S> statusOf, Function<V, String> nameOf, BiFunction<V, S, Callable<V>> change) {
        this.editor = editor;
        this.locale = editor.locale;
        this.keyPrefix = keyPrefix;
        this.statuses = Arrays.asList(type.getEnumConstants());
        this.statusOf = statusOf;
        this.nameOf = nameOf;
        this.change = change;
        this.runner = runner;
        editor.recordProperty().addListener((o, was, now) -> {
            pending.set(null);
            choices.setAll(now == null || !editor.mayEdit() ? List.of()
                    : statuses.stream().filter(s -> s != statusOf.apply(now)).toList());
        });
    }

    RecordEditor<V> editor() {
        return editor;
    }

    /** The statuses the record can be given now (none while creating, or without the right to edit). */
    public ObservableList<S> choices() {
        return choices;
    }

    /** The words of the button that asks for {@code status}. */
    public String actionText(S status) {
        return I18n.tr(locale, keyPrefix + "action." + key(status));
    }

    /** Asks to give the record {@code status}; nothing changes until {@link #confirm()}. */
    public void request(S status) {
        if (choices.contains(status)) {
            pending.set(status);
        }
    }

    /** The question to confirm, or empty when none is asked. */
    public String question() {
        V record = editor.recordProperty().get();
        S status = pending.get();
        return status == null || record == null ? "" : I18n.tr(locale, keyPrefix + "confirm." + key(status),
                nameOf.apply(record));
    }

    /** Gives the record the requested status. */
    public void confirm() {
        S status = pending.get();
        V record = editor.recordProperty().get();
        if (status == null || record == null) {
            return;
        }
        pending.set(null);
        runner.run(change.apply(record, status), "client.record.status_changed");
    }

    public void cancel() {
        pending.set(null);
    }

    /** The status waiting for confirmation, or null. */
    public ReadOnlyObjectProperty<S> pendingProperty() {
        return pending.getReadOnlyProperty();
    }

    /** The record's status now. */
    public S statusOf(V record) {
        return statusOf.apply(record);
    }

    private static String key(Enum<?> status) {
        return status.name().toLowerCase(Locale.ROOT);
    }
}
