package org.studenthub.app.department;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.studenthub.app.I18n;
import org.studenthub.app.fx.BackgroundTasks;
import org.studenthub.app.fx.RecordEditor;
import org.studenthub.app.fx.ReferenceList;
import org.studenthub.app.fx.StatusChange;
import org.studenthub.app.session.Session;
import org.studenthub.core.common.Page;
import org.studenthub.core.common.PageRequest;
import org.studenthub.core.department.DepartmentChanges;
import org.studenthub.core.department.DepartmentService;
import org.studenthub.core.department.DepartmentStatus;
import org.studenthub.core.department.DepartmentView;
import org.studenthub.core.department.NewDepartment;
import org.studenthub.core.security.Permission;
import org.studenthub.core.teacher.TeacherStatus;
import org.studenthub.core.teacher.TeacherView;

/**
 * The college's departments: the list (search by code or name, filter by status) and the editor beside it (code
 * and name; the head of department, chosen among the department's active teachers, once it exists).
 */
public final class DepartmentsViewModel extends RecordEditor<DepartmentView> {
    private final Session session;
    private final ReferenceList<DepartmentView, DepartmentStatus> list;
    private final StatusChange<DepartmentView, DepartmentStatus> status;
    private final StringProperty code = form().text("code");
    private final StringProperty name = form().text("name");
    private final ObjectProperty<Long> head = form().value("headTeacherId");
    private final ObservableList<Long> headChoices = FXCollections.observableArrayList();
    private Map<Long, TeacherView> teachers = Map.of();

    public DepartmentsViewModel(Session session, BackgroundTasks tasks, Locale locale) {
        super(tasks, locale, session.college().collegeWide(Permission.RECORDS_WRITE));
        this.session = session;
        this.list = new ReferenceList<>(tasks, locale, () -> service().list(session.college()), DepartmentView::id,
                ReferenceList.searchIn(DepartmentView::code, DepartmentView::name), DepartmentView::status);
        this.status = statusChange(DepartmentStatus.class, "client.department.", DepartmentView::status,
                DepartmentView::code, (d, s) -> () -> service().changeStatus(session.college(), d.id(), d.version(), s));
        onSaved(list::put);
    }

    /** Reads the teachers who may head a department (to name them), then the departments. */
    public void load() {
        tasks.wrap(this::readTeachers)
                .onSuccess(read -> {
                    teachers = read;
                    list.load();
                })
                .onFailure(error -> list.load())
                .start();
    }

    private Map<Long, TeacherView> readTeachers() {
        List<TeacherView> all = new ArrayList<>();
        String after = null;
        do {
            Page<TeacherView> page = session.services().teachers().search(session.college(), null,
                    new PageRequest(500, after));
            all.addAll(page.items());
            after = page.nextCursor();
        } while (after != null);
        return all.stream().collect(Collectors.toMap(TeacherView::id, Function.identity()));
    }

    @Override
    protected void fill(DepartmentView department) {
        code.set(department.code());
        name.set(department.name());
        offerHeads(department);
        head.set(department.headTeacherId());
    }

    /** No head, the department's active teachers by name, and the present head whatever they are now. */
    private void offerHeads(DepartmentView department) {
        List<Long> offered = new ArrayList<>();
        offered.add(null);
        teachers.values().stream()
                .filter(t -> t.departmentId() == department.id() && t.status() == TeacherStatus.ACTIVE
                        || Objects.equals(t.id(), department.headTeacherId()))
                .sorted(java.util.Comparator.comparing(TeacherView::nameKey))
                .forEach(t -> offered.add(t.id()));
        Long chosen = head.get();
        headChoices.setAll(offered);
        head.set(chosen);
    }

    @Override
    protected void fillNew() {
        code.set("");
        name.set("");
        headChoices.setAll(java.util.Collections.singletonList(null));
        head.set(null);
    }

    @Override
    protected Callable<DepartmentView> create() {
        NewDepartment command = new NewDepartment(form().stripped("code"), form().stripped("name"));
        return () -> service().create(session.college(), command);
    }

    @Override
    protected Callable<DepartmentView> update(DepartmentView stored) {
        DepartmentChanges changes = new DepartmentChanges(stored.version(), form().stripped("name"), head.get());
        return () -> service().update(session.college(), stored.id(), changes);
    }

    @Override
    protected Callable<DepartmentView> read(DepartmentView stored) {
        return () -> service().get(session.college(), stored.id());
    }

    private DepartmentService service() {
        return session.services().departments();
    }

    /** How a teacher is shown in the head picker and the list: "Family, Given (staff number)". */
    public String teacherName(Long teacherId) {
        if (teacherId == null) {
            return I18n.tr(locale, "client.department.no_head");
        }
        TeacherView teacher = teachers.get(teacherId);
        return teacher == null ? "#" + teacherId
                : teacher.familyName() + ", " + teacher.givenName() + " (" + teacher.staffNumber() + ")";
    }

    /** The head's name for the list ("Family, Given"), or empty. */
    public String headName(DepartmentView department) {
        TeacherView teacher = department.headTeacherId() == null ? null : teachers.get(department.headTeacherId());
        return teacher == null ? "" : teacher.familyName() + ", " + teacher.givenName();
    }

    public ReferenceList<DepartmentView, DepartmentStatus> list() {
        return list;
    }

    public StatusChange<DepartmentView, DepartmentStatus> status() {
        return status;
    }

    public StringProperty codeProperty() {
        return code;
    }

    public StringProperty nameProperty() {
        return name;
    }

    /** The head of department's teacher id, or null for none. */
    public ObjectProperty<Long> headProperty() {
        return head;
    }

    public ObservableList<Long> headChoices() {
        return headChoices;
    }
}
