package org.studenthub.app.course;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.studenthub.app.fx.BackgroundTasks;
import org.studenthub.app.fx.RecordEditor;
import org.studenthub.app.fx.ReferenceList;
import org.studenthub.app.fx.StatusChange;
import org.studenthub.app.session.Session;
import org.studenthub.core.common.Page;
import org.studenthub.core.common.PageRequest;
import org.studenthub.core.course.CourseChanges;
import org.studenthub.core.course.CourseService;
import org.studenthub.core.course.CourseStatus;
import org.studenthub.core.course.CourseView;
import org.studenthub.core.course.NewCourse;
import org.studenthub.core.department.DepartmentStatus;
import org.studenthub.core.department.DepartmentView;
import org.studenthub.core.security.Permission;

/**
 * The college's courses: the list (search by code, title or subject; filter by status) and the editor beside it
 * (the department that teaches the course and its code, fixed once created; title, subject and credits). A college
 * has a few hundred courses, so they are read whole, page after page, and searched in memory.
 */
public final class CoursesViewModel extends RecordEditor<CourseView> {
    private static final int PAGE = 500;

    private final Session session;
    private final ReferenceList<CourseView, CourseStatus> list;
    private final StatusChange<CourseView, CourseStatus> status;
    private final ObjectProperty<Long> department = form().value("departmentId");
    private final StringProperty code = form().text("code");
    private final StringProperty title = form().text("title");
    private final StringProperty subject = form().text("subject");
    private final StringProperty credits = form().text("credits");
    private final ObservableList<Long> departmentChoices = FXCollections.observableArrayList();
    private Map<Long, DepartmentView> departments = Map.of();

    public CoursesViewModel(Session session, BackgroundTasks tasks, Locale locale) {
        super(tasks, locale, session.college().collegeWide(Permission.RECORDS_WRITE));
        this.session = session;
        this.list = new ReferenceList<>(tasks, locale, this::readCourses, CourseView::id,
                ReferenceList.searchIn(CourseView::code, CourseView::title, CourseView::subject), CourseView::status);
        this.status = statusChange(CourseStatus.class, "client.course.", CourseView::status, CourseView::code,
                (c, s) -> () -> service().changeStatus(session.college(), c.id(), c.version(), s));
        onSaved(list::put);
    }

    /** Reads the departments (to name and offer them), then the courses. */
    public void load() {
        tasks.wrap(() -> session.services().departments().list(session.college()))
                .onSuccess(read -> {
                    departments = read.stream().collect(Collectors.toMap(DepartmentView::id, Function.identity(),
                            (a, b) -> a, java.util.LinkedHashMap::new));
                    offerDepartments(recordProperty().get());
                    list.load();
                })
                .onFailure(error -> list.load())
                .start();
    }

    private List<CourseView> readCourses() {
        List<CourseView> all = new ArrayList<>();
        String after = null;
        do {
            Page<CourseView> page = service().list(session.college(), new PageRequest(PAGE, after));
            all.addAll(page.items());
            after = page.nextCursor();
        } while (after != null);
        return all;
    }

    /** The active departments, and the course's own whatever its status. */
    private void offerDepartments(CourseView course) {
        Long chosen = department.get();
        departmentChoices.setAll(departments.values().stream()
                .filter(d -> d.status() == DepartmentStatus.ACTIVE || course != null && d.id() == course.departmentId())
                .map(DepartmentView::id).toList());
        department.set(chosen);
    }

    @Override
    protected void fill(CourseView course) {
        offerDepartments(course);
        department.set(course.departmentId());
        code.set(course.code());
        title.set(course.title());
        subject.set(course.subject());
        credits.set(form().format(course.credits()));
    }

    @Override
    protected void fillNew() {
        offerDepartments(null);
        department.set(null);
        code.set("");
        title.set("");
        subject.set("");
        credits.set("");
    }

    @Override
    protected Callable<CourseView> create() {
        Long departmentId = form().required(department, "departmentId");
        NewCourse command = new NewCourse(departmentId == null ? 0 : departmentId, form().stripped("code"),
                form().stripped("title"), form().stripped("subject"), form().decimal("credits"));
        return () -> service().create(session.college(), command);
    }

    @Override
    protected Callable<CourseView> update(CourseView stored) {
        CourseChanges changes = new CourseChanges(stored.version(), form().stripped("title"),
                form().stripped("subject"), form().decimal("credits"));
        return () -> service().update(session.college(), stored.id(), changes);
    }

    @Override
    protected Callable<CourseView> read(CourseView stored) {
        return () -> service().get(session.college(), stored.id());
    }

    private CourseService service() {
        return session.services().courses();
    }

    /** "ACC · Accounting", or "" for none. */
    public String departmentName(Long departmentId) {
        DepartmentView d = departmentId == null ? null : departments.get(departmentId);
        return d == null ? (departmentId == null ? "" : "#" + departmentId) : d.code() + " \u00b7 " + d.name();
    }

    /** The department's code, for the list. */
    public String departmentCode(long departmentId) {
        DepartmentView d = departments.get(departmentId);
        return d == null ? "#" + departmentId : d.code();
    }

    /** Credits as written in the person's language (7,5 in Italian). */
    public String creditsText(BigDecimal value) {
        return form().format(value);
    }

    public ReferenceList<CourseView, CourseStatus> list() {
        return list;
    }

    public StatusChange<CourseView, CourseStatus> status() {
        return status;
    }

    public ObjectProperty<Long> departmentProperty() {
        return department;
    }

    public ObservableList<Long> departmentChoices() {
        return departmentChoices;
    }

    public StringProperty codeProperty() {
        return code;
    }

    public StringProperty titleProperty() {
        return title;
    }

    public StringProperty subjectProperty() {
        return subject;
    }

    public StringProperty creditsProperty() {
        return credits;
    }
}
