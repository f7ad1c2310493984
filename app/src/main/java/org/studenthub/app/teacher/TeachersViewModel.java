package org.studenthub.app.teacher;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
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
import org.studenthub.core.common.Page;
import org.studenthub.core.common.PageRequest;
import org.studenthub.core.department.DepartmentView;
import org.studenthub.core.security.Permission;
import org.studenthub.core.teacher.TeacherStatus;
import org.studenthub.core.teacher.TeacherView;

/**
 * The teacher list: search text (the start of a name or of a staff number) and a status filter, read from the
 * database a page at a time in name order (keyset paging), so the list stays fast however many teachers a college
 * has. Answers to an older search are dropped when they arrive late. Department names (a short list) are read once.
 */
public final class TeachersViewModel {
    static final int PAGE_SIZE = 100;

    private final Session session;
    private final StringProperty text = new SimpleStringProperty("");
    private final ObjectProperty<TeacherStatus> status = new SimpleObjectProperty<>();
    private final PagedRows<TeacherView> list;
    private volatile Map<Long, String> departmentNames;

    public TeachersViewModel(Session session, BackgroundTasks tasks, Locale locale) {
        this.session = session;
        this.list = new PagedRows<>(tasks, locale, "client.teachers.none");
    }

    /** Runs the search for the current text and status: the first page replaces the list. */
    public void search() {
        String typed = typed();
        TeacherStatus wanted = status.get();
        list.first(after -> {
            readDepartmentsOnce();
            return page(typed, wanted, after);
        });
    }

    /** Appends the next page, if there is one and none is being read. */
    public void loadMore() {
        list.more();
    }

    private Page<TeacherView> page(String typed, TeacherStatus wanted, String after) {
        return session.services().teachers().search(session.college(), typed, wanted, new PageRequest(PAGE_SIZE, after));
    }

    private void readDepartmentsOnce() {
        if (departmentNames == null) {
            Map<Long, String> names = new HashMap<>();
            for (DepartmentView d : session.services().departments().list(session.college())) {
                names.put(d.id(), d.name());
            }
            departmentNames = names;
        }
    }

    private String typed() {
        String value = text.get() == null ? "" : text.get().strip();
        return value.isEmpty() ? null : value;
    }

    /** The name of a teacher's department (empty until the departments are read). */
    public String departmentName(long departmentId) {
        Map<Long, String> names = departmentNames;
        return names == null ? "" : names.getOrDefault(departmentId, "");
    }

    /** Whether the person may record teachers (the "New teacher" command). */
    public boolean mayCreate() {
        return session.may(Permission.RECORDS_WRITE);
    }

    public boolean hasMore() {
        return list.hasMore();
    }

    public StringProperty textProperty() {
        return text;
    }

    public ObjectProperty<TeacherStatus> statusProperty() {
        return status;
    }

    public ObservableList<TeacherView> rows() {
        return list.rows();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return list.loadingProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return list.messageProperty();
    }
}
