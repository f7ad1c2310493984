package org.studenthub.app.student;

import java.util.Locale;
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
import org.studenthub.app.I18n;
import org.studenthub.app.fx.BackgroundTasks;
import org.studenthub.app.fx.ErrorText;
import org.studenthub.app.session.Session;
import org.studenthub.core.common.PageRequest;
import org.studenthub.core.student.StudentStatus;
import org.studenthub.core.student.search.StudentQuery;
import org.studenthub.core.student.search.StudentRow;
import org.studenthub.core.student.search.StudentSort;

/**
 * The student list: search text (number, name prefix or part of a name), filters and order, read from the
 * database a page at a time (keyset paging, sorted by the database). Only the pages scrolled to are in memory,
 * so the list stays fast over a million students. Answers to an older search are dropped when they arrive late.
 */
public final class StudentsViewModel {
    static final int PAGE_SIZE = 100;

    private final Session session;
    private final BackgroundTasks tasks;
    private final Locale locale;
    private final StringProperty text = new SimpleStringProperty("");
    private final ObjectProperty<StudentStatus> status = new SimpleObjectProperty<>();
    private final ObjectProperty<StudentSort> sort = new SimpleObjectProperty<>(StudentSort.NAME);
    private final ObservableList<StudentRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private String nextCursor;
    private long generation;

    public StudentsViewModel(Session session, BackgroundTasks tasks, Locale locale) {
        this.session = session;
        this.tasks = tasks;
        this.locale = locale;
    }

    /** Runs the search for the current text, filters and order: the first page replaces the list. */
    public void search() {
        long mine = ++generation;
        StudentQuery query = query();
        nextCursor = null;
        loading.set(true);
        tasks.wrap(() -> session.services().studentSearch().search(session.college(), query,
                        new PageRequest(PAGE_SIZE, null)))
                .onSuccess(page -> {
                    if (mine == generation) {
                        nextCursor = page.nextCursor();
                        rows.setAll(page.items());
                        received();
                    }
                })
                .onFailure(error -> failed(mine, error))
                .start();
    }

    /** Appends the next page, if there is one and none is being read. */
    public void loadMore() {
        if (loading.get() || nextCursor == null) {
            return;
        }
        long mine = generation;
        StudentQuery query = query();
        String after = nextCursor;
        loading.set(true);
        tasks.wrap(() -> session.services().studentSearch().search(session.college(), query,
                        new PageRequest(PAGE_SIZE, after)))
                .onSuccess(page -> {
                    if (mine == generation) {
                        nextCursor = page.nextCursor();
                        rows.addAll(page.items());
                        received();
                    }
                })
                .onFailure(error -> failed(mine, error))
                .start();
    }

    private void received() {
        loading.set(false);
        message.set(rows.isEmpty() ? I18n.tr(locale, "client.students.none") : "");
    }

    private void failed(long mine, Throwable error) {
        if (mine == generation) {
            loading.set(false);
            message.set(ErrorText.of(locale, error));
        }
    }

    private StudentQuery query() {
        String typed = text.get() == null ? "" : text.get().strip();
        return new StudentQuery(typed.isEmpty() ? null : typed, null, null, status.get(), sort.get());
    }

    public boolean hasMore() {
        return nextCursor != null;
    }

    public StringProperty textProperty() {
        return text;
    }

    public ObjectProperty<StudentStatus> statusProperty() {
        return status;
    }

    public ObjectProperty<StudentSort> sortProperty() {
        return sort;
    }

    public ObservableList<StudentRow> rows() {
        return rows;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
