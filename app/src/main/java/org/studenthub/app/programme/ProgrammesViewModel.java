package org.studenthub.app.programme;

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
import org.studenthub.core.department.DepartmentStatus;
import org.studenthub.core.department.DepartmentView;
import org.studenthub.core.programme.NewProgramme;
import org.studenthub.core.programme.ProgrammeChanges;
import org.studenthub.core.programme.ProgrammeLevel;
import org.studenthub.core.programme.ProgrammeService;
import org.studenthub.core.programme.ProgrammeStatus;
import org.studenthub.core.programme.ProgrammeView;
import org.studenthub.core.security.Permission;

/**
 * The college's programmes of study: the list (search by code or name, filter by status) and the editor beside it
 * (department and code, fixed once created; name, degree, level, duration in years and credits).
 */
public final class ProgrammesViewModel extends RecordEditor<ProgrammeView> {
    private final Session session;
    private final ReferenceList<ProgrammeView, ProgrammeStatus> list;
    private final StatusChange<ProgrammeView, ProgrammeStatus> status;
    private final ObjectProperty<Long> department = form().value("departmentId");
    private final StringProperty code = form().text("code");
    private final StringProperty name = form().text("name");
    private final StringProperty degree = form().text("degree");
    private final ObjectProperty<ProgrammeLevel> level = form().value("level");
    private final StringProperty durationYears = form().text("durationYears");
    private final StringProperty credits = form().text("credits");
    private final ObservableList<Long> departmentChoices = FXCollections.observableArrayList();
    private Map<Long, DepartmentView> departments = Map.of();

    public ProgrammesViewModel(Session session, BackgroundTasks tasks, Locale locale) {
        super(tasks, locale, session.college().collegeWide(Permission.RECORDS_WRITE));
        this.session = session;
        this.list = new ReferenceList<>(tasks, locale, () -> service().list(session.college()), ProgrammeView::id,
                ReferenceList.searchIn(ProgrammeView::code, ProgrammeView::name), ProgrammeView::status);
        this.status = statusChange(ProgrammeStatus.class, "client.programme.", ProgrammeView::status,
                ProgrammeView::code, (p, s) -> () -> service().changeStatus(session.college(), p.id(), p.version(), s));
        onSaved(list::put);
    }

    /** Reads the departments (to name and offer them), then the programmes. */
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

    /** The active departments, and the programme's own whatever its status. */
    private void offerDepartments(ProgrammeView programme) {
        Long chosen = department.get();
        departmentChoices.setAll(departments.values().stream()
                .filter(d -> d.status() == DepartmentStatus.ACTIVE
                        || programme != null && d.id() == programme.departmentId())
                .map(DepartmentView::id).toList());
        department.set(chosen);
    }

    @Override
    protected void fill(ProgrammeView programme) {
        offerDepartments(programme);
        department.set(programme.departmentId());
        code.set(programme.code());
        name.set(programme.name());
        degree.set(programme.degree());
        level.set(programme.level());
        durationYears.set(Integer.toString(programme.durationYears()));
        credits.set(Integer.toString(programme.credits()));
    }

    @Override
    protected void fillNew() {
        offerDepartments(null);
        department.set(null);
        code.set("");
        name.set("");
        degree.set("");
        level.set(null);
        durationYears.set("");
        credits.set("");
    }

    @Override
    protected Callable<ProgrammeView> create() {
        Long departmentId = form().required(department, "departmentId");
        ProgrammeLevel chosenLevel = form().required(level, "level");
        NewProgramme command = new NewProgramme(departmentId == null ? 0 : departmentId, form().stripped("code"),
                form().stripped("name"), form().stripped("degree"), chosenLevel, form().wholeNumber("durationYears"),
                form().wholeNumber("credits"));
        return () -> service().create(session.college(), command);
    }

    @Override
    protected Callable<ProgrammeView> update(ProgrammeView stored) {
        ProgrammeChanges changes = new ProgrammeChanges(stored.version(), form().stripped("name"),
                form().stripped("degree"), form().required(level, "level"), form().wholeNumber("durationYears"),
                form().wholeNumber("credits"));
        return () -> service().update(session.college(), stored.id(), changes);
    }

    @Override
    protected Callable<ProgrammeView> read(ProgrammeView stored) {
        return () -> service().get(session.college(), stored.id());
    }

    private ProgrammeService service() {
        return session.services().programmes();
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

    public ReferenceList<ProgrammeView, ProgrammeStatus> list() {
        return list;
    }

    public StatusChange<ProgrammeView, ProgrammeStatus> status() {
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

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty degreeProperty() {
        return degree;
    }

    public ObjectProperty<ProgrammeLevel> levelProperty() {
        return level;
    }

    public StringProperty durationYearsProperty() {
        return durationYears;
    }

    public StringProperty creditsProperty() {
        return credits;
    }

    /** The levels to choose from, shortest first. */
    public List<ProgrammeLevel> levels() {
        return List.of(ProgrammeLevel.values());
    }
}
