package org.studenthub.app.fx;

import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.studenthub.app.I18n;
import org.studenthub.core.common.Page;

/**
 * The rows of a list read from the database a page at a time (keyset paging): the first page replaces the rows,
 * later pages are appended as the person scrolls. Only the pages scrolled to are in memory. An answer to an older
 * request (the person typed on) is dropped when it arrives late. Screens' ViewModels hold one and say how to read a
 * page: {@code reader.apply(cursor)} runs in the background, {@code cursor} null for the first page.
 */
public final class PagedRows<T> {
    private final BackgroundTasks tasks;
    private final Locale locale;
    private final String noneKey;
    private final ObservableList<T> rows = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private Function<String, Page<T>> reader;
    private String nextCursor;
    private long generation;

    /** @param noneKey the message shown when no row matches */
    public PagedRows(BackgroundTasks tasks, Locale locale, String noneKey) {
        this.tasks = tasks;
        this.locale = locale;
        this.noneKey = noneKey;
    }

    /** Reads the first page with {@code reader}, which later pages use too; it replaces the rows. */
    public void first(Function<String, Page<T>> reader) {
        long mine = ++generation;
        this.reader = reader;
        nextCursor = null;
        read(mine, null, true);
    }

    /** Appends the next page, if there is one and none is being read. */
    public void more() {
        if (loading.get() || nextCursor == null) {
            return;
        }
        read(generation, nextCursor, false);
    }

    private void read(long mine, String cursor, boolean replace) {
        Function<String, Page<T>> pageReader = reader;
        loading.set(true);
        tasks.wrap(() -> pageReader.apply(cursor))
                .onSuccess(page -> {
                    if (mine == generation) {
                        nextCursor = page.nextCursor();
                        if (replace) {
                            rows.setAll(page.items());
                        } else {
                            rows.addAll(page.items());
                        }
                        loading.set(false);
                        message.set(rows.isEmpty() ? I18n.tr(locale, noneKey) : "");
                    }
                })
                .onFailure(error -> {
                    if (mine == generation) {
                        loading.set(false);
                        message.set(ErrorText.of(locale, error));
                    }
                })
                .start();
    }

    public boolean hasMore() {
        return nextCursor != null;
    }

    public ObservableList<T> rows() {
        return rows;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
