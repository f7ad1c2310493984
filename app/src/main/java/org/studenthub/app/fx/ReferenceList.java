package org.studenthub.app.fx;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.studenthub.core.common.NameKeys;

/**
 * A small list of reference records (departments, programmes, courses, academic years: tens or a few hundred per
 * college) read whole in the background and filtered in memory while the person types. The search text matches
 * inside any of the texts {@code searchable} gives for a record (code, name...), ignoring case and accents; the
 * status filter (null: any) compares with {@code statusOf}.
 *
 * <p>Lists that can grow large (students, enrolments) page from the database instead; see StudentsViewModel.
 *
 * @param <T> the record, e.g. {@code DepartmentView}
 * @param <S> its status
 */
public final class ReferenceList<T, S extends Enum<S>> {
    private final BackgroundTasks tasks;
    private final Locale locale;
    private final Callable<List<T>> loader;
    private final ToLongFunction<T> idOf;
    private final Function<T, List<String>> searchable;
    private final Function<T, S> statusOf;
    private final ObservableList<T> all = FXCollections.observableArrayList();
    private final FilteredList<T> shown = new FilteredList<>(all);
    private final StringProperty text = new SimpleStringProperty("");
    private final ObjectProperty<S> status = new SimpleObjectProperty<>();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    /**
     * @param loader     reads every record, in the order to show (runs in the background)
     * @param idOf       the record's id, to replace a record after it was saved
     * @param searchable the texts the search looks in
     * @param statusOf   the record's status
     */
    public ReferenceList(BackgroundTasks tasks, Locale locale, Callable<List<T>> loader, ToLongFunction<T> idOf,
                         Function<T, List<String>> searchable, Function<T, S> statusOf) {
        this.tasks = tasks;
        this.locale = locale;
        this.loader = loader;
        this.idOf = idOf;
        this.searchable = searchable;
        this.statusOf = statusOf;
        text.addListener((o, was, now) -> refilter());
        status.addListener((o, was, now) -> refilter());
    }

    /** The texts of a record to search in; a helper for the {@code searchable} argument. */
    @SafeVarargs
    public static <T> Function<T, List<String>> searchIn(Function<T, String>... texts) {
        return row -> Arrays.stream(texts).map(t -> t.apply(row)).toList();
    }

    /** Reads the records again; the search and filter stay. {@code then} runs once they are shown. */
    public void load(Runnable then) {
        loading.set(true);
        tasks.wrap(loader)
                .onSuccess(rows -> {
                    all.setAll(rows);
                    loading.set(false);
                    message.set("");
                    then.run();
                })
                .onFailure(error -> {
                    loading.set(false);
                    message.set(ErrorText.of(locale, error));
                })
                .start();
    }

    public void load() {
        load(() -> { });
    }

    /** Shows {@code saved} in place of the record with its id, or adds it at the end when it is new. */
    public void put(T saved) {
        long id = idOf.applyAsLong(saved);
        for (int i = 0; i < all.size(); i++) {
            if (idOf.applyAsLong(all.get(i)) == id) {
                all.set(i, saved);
                return;
            }
        }
        all.add(saved);
    }

    /** The record with this id among those read. */
    public Optional<T> find(long id) {
        return all.stream().filter(row -> idOf.applyAsLong(row) == id).findFirst();
    }

    /** Every record read, unfiltered (e.g. to offer as choices elsewhere). */
    public ObservableList<T> all() {
        return FXCollections.unmodifiableObservableList(all);
    }

    /** The records that match the search and the status filter. */
    public ObservableList<T> rows() {
        return shown;
    }

    private void refilter() {
        String wanted = NameKeys.fold(text.get());
        S onlyStatus = status.get();
        shown.setPredicate(row -> (onlyStatus == null || onlyStatus.equals(statusOf.apply(row)))
                && (wanted.isEmpty() || searchable.apply(row).stream().anyMatch(t -> NameKeys.fold(t).contains(wanted))));
    }

    /** The search text. */
    public StringProperty textProperty() {
        return text;
    }

    /** The status to show, or null for any. */
    public ObjectProperty<S> statusProperty() {
        return status;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** Why the list could not be read, or empty. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
