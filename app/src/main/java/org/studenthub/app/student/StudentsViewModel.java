package org.studenthub.app.student;

import java.util.Locale;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;
import org.studenthub.app.fx.BackgroundTasks;
import org.studenthub.app.fx.PagedRows;
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
    private final StringProperty text = new SimpleStringProperty("");
    private final ObjectProperty<StudentStatus> status = new SimpleObjectProperty<>();
    private final ObjectProperty<StudentSort> sort = new SimpleObjectProperty<>(StudentSort.NAME);
    private final PagedRows<StudentRow> list;

    public StudentsViewModel(Session session, BackgroundTasks tasks, Locale locale) {
        this.session = session;
        this.list = new PagedRows<>(tasks, locale, "client.students.none");
    }

    /** Runs the search for the current text, filters and order: the first page replaces the list. */
    public void search() {
        StudentQuery query = query();
        list.first(after -> session.services().studentSearch().search(session.college(), query,
                new PageRequest(PAGE_SIZE, after)));
    }

    /** Appends the next page, if there is one and none is being read. */
    public void loadMore() {
        list.more();
    }

    private StudentQuery query() {
        String typed = text.get() == null ? "" : text.get().strip();
        return new StudentQuery(typed.isEmpty() ? null : typed, null, null, status.get(), sort.get());
    }

    public boolean hasMore() {
        return list.hasMore();
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
        return list.rows();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return list.loadingProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return list.messageProperty();
    }
}
