package org.studenthub.app.teacher;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import org.studenthub.app.I18n;
import org.studenthub.app.fx.BackgroundTasks;
import org.studenthub.app.fx.ErrorText;
import org.studenthub.app.session.Session;
import org.studenthub.core.calendar.AcademicYearView;
import org.studenthub.core.calendar.TermView;
import org.studenthub.core.common.Page;
import org.studenthub.core.common.PageRequest;
import org.studenthub.core.common.ValidationException;
import org.studenthub.core.course.CourseStatus;
import org.studenthub.core.course.CourseView;
import org.studenthub.core.section.SectionView;
import org.studenthub.core.security.Permission;
import org.studenthub.core.teacher.NewTeachingAssignment;
import org.studenthub.core.teacher.TeacherView;
import org.studenthub.core.teacher.TeachingAssignmentView;
import org.studenthub.core.teacher.TeachingRole;

/**
 * A teacher's teaching assignments (course, section, term and role, as the core models them), most recent terms
 * first, and the form that adds one: academic year, then its terms and sections, a course and a role. An assignment
 * ends rather than being deleted; an ended one can be resumed. A teacher has tens of assignments, so the list is read
 * whole; courses (hundreds in a college) are read once for the picker.
 */
public final class TeachingViewModel {
    private final Session session;
    private final BackgroundTasks tasks;
    private final Locale locale;
    private final Map<Long, CourseView> courseById = new ConcurrentHashMap<>();
    private final Map<Long, SectionView> sectionById = new ConcurrentHashMap<>();
    private final Map<Long, TermView> termById = new ConcurrentHashMap<>();

    private final ObservableList<TeachingRow> rows = FXCollections.observableArrayList();
    private final ObservableList<AcademicYearView> years = FXCollections.observableArrayList();
    private final ObservableList<TermView> terms = FXCollections.observableArrayList();
    private final ObservableList<SectionView> sections = FXCollections.observableArrayList();
    private final ObservableList<CourseView> courses = FXCollections.observableArrayList();
    private final ObjectProperty<AcademicYearView> year = new SimpleObjectProperty<>();
    private final ObjectProperty<TermView> term = new SimpleObjectProperty<>();
    private final ObjectProperty<SectionView> section = new SimpleObjectProperty<>();
    private final ObjectProperty<CourseView> course = new SimpleObjectProperty<>();
    private final ObjectProperty<TeachingRole> role = new SimpleObjectProperty<>(TeachingRole.LEAD);
    private final ObservableMap<String, String> fieldProblems = FXCollections.observableHashMap();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private TeacherView teacher;

    public TeachingViewModel(Session session, BackgroundTasks tasks, Locale locale) {
        this.session = session;
        this.tasks = tasks;
        this.locale = locale;
        year.addListener((o, was, chosen) -> readYear(chosen));
    }

    /** Shows the assignments of {@code shown}; the first call also reads the years and courses for the form. */
    public void showTeacher(TeacherView shown) {
        boolean first = teacher == null;
        teacher = shown;
        if (first) {
            readChoices();
        }
        refresh();
    }

    /** Reads the teacher's assignments again. */
    public void refresh() {
        long teacherId = teacher.id();
        loading.set(true);
        tasks.wrap(() -> readRows(teacherId))
                .onSuccess(read -> {
                    loading.set(false);
                    rows.setAll(read);
                })
                .onFailure(this::failed)
                .start();
    }

    private List<TeachingRow> readRows(long teacherId) {
        var services = session.services();
        var college = session.college();
        Map<Long, String> yearCodes = new java.util.HashMap<>();
        services.calendar().listYears(college).forEach(y -> yearCodes.put(y.id(), y.code()));
        List<TeachingRow> read = new ArrayList<>();
        for (TeachingAssignmentView a : services.teachingAssignments().listByTeacher(college, teacherId)) {
            CourseView c = courseById.computeIfAbsent(a.courseId(), id -> services.courses().get(college, id));
            SectionView s = sectionById.computeIfAbsent(a.sectionId(), id -> services.sections().get(college, id));
            TermView t = termById.computeIfAbsent(a.termId(), id -> services.calendar().getTerm(college, id));
            read.add(new TeachingRow(a, yearCodes.getOrDefault(t.academicYearId(), "") + " \u00b7 " + t.name(),
                    c.code() + " \u2014 " + c.title(), s.code()));
        }
        return read;
    }

    private void readChoices() {
        tasks.wrap(() -> {
                    var services = session.services();
                    List<CourseView> all = new ArrayList<>();
                    String after = null;
                    do {
                        Page<CourseView> page = services.courses().list(session.college(), new PageRequest(500, after));
                        all.addAll(page.items());
                        after = page.nextCursor();
                    } while (after != null);
                    all.forEach(c -> courseById.put(c.id(), c));
                    return new Choices(services.calendar().listYears(session.college()),
                            services.calendar().currentYear(session.college()).orElse(null),
                            all.stream().filter(c -> c.status() == CourseStatus.ACTIVE).toList());
                })
                .onSuccess(read -> {
                    years.setAll(read.years());
                    courses.setAll(read.courses());
                    year.set(read.current() != null ? read.years().stream()
                            .filter(y -> y.id() == read.current().id()).findFirst().orElse(null)
                            : read.years().isEmpty() ? null : read.years().get(0));
                })
                .onFailure(this::failed)
                .start();
    }

    private record Choices(List<AcademicYearView> years, AcademicYearView current, List<CourseView> courses) {}

    private void readYear(AcademicYearView chosen) {
        terms.clear();
        sections.clear();
        term.set(null);
        section.set(null);
        if (chosen == null) {
            return;
        }
        tasks.wrap(() -> new YearChoices(session.services().calendar().termsOf(session.college(), chosen.id()),
                        session.services().sections().listByYear(session.college(), chosen.id())))
                .onSuccess(read -> {
                    if (chosen.equals(year.get())) {
                        terms.setAll(read.terms());
                        sections.setAll(read.sections());
                        term.set(read.terms().isEmpty() ? null : read.terms().get(0));
                    }
                })
                .onFailure(this::failed)
                .start();
    }

    private record YearChoices(List<TermView> terms, List<SectionView> sections) {}

    /** Assigns the teacher to the chosen course, section, term and role. */
    public void add() {
        fieldProblems.clear();
        require("termId", term.get());
        require("sectionId", section.get());
        require("courseId", course.get());
        if (!fieldProblems.isEmpty()) {
            message.set(I18n.tr(locale, "client.teacher.teaching.choose"));
            return;
        }
        NewTeachingAssignment command = new NewTeachingAssignment(teacher.id(), course.get().id(),
                section.get().id(), term.get().id(), role.get());
        assign(command, "client.teacher.teaching.added");
    }

    /** Starts an ended assignment again, in its former role. */
    public void resume(TeachingRow row) {
        TeachingAssignmentView a = row.assignment();
        assign(new NewTeachingAssignment(a.teacherId(), a.courseId(), a.sectionId(), a.termId(), a.role()),
                "client.teacher.teaching.resumed");
    }

    private void assign(NewTeachingAssignment command, String doneKey) {
        loading.set(true);
        tasks.wrap(() -> session.services().teachingAssignments().assign(session.college(), command))
                .onSuccess(saved -> {
                    message.set(I18n.tr(locale, doneKey));
                    refresh();
                })
                .onFailure(this::failed)
                .start();
    }

    /** Ends an assignment (the View asks for confirmation first); it stays in the history. */
    public void end(TeachingRow row) {
        loading.set(true);
        fieldProblems.clear();
        tasks.wrap(() -> session.services().teachingAssignments().end(session.college(), row.assignment().id(),
                        row.assignment().version()))
                .onSuccess(saved -> {
                    message.set(I18n.tr(locale, "client.teacher.teaching.ended"));
                    refresh();
                })
                .onFailure(this::failed)
                .start();
    }

    private void require(String field, Object chosen) {
        if (chosen == null) {
            fieldProblems.put(field, I18n.tr(locale, "client.teacher.teaching.required"));
        }
    }

    private void failed(Throwable error) {
        loading.set(false);
        if (error instanceof ValidationException invalid) {
            invalid.problems().forEach(p -> fieldProblems.put(p.field(), p.message()));
            message.set(invalid.problems().stream().map(p -> p.message()).reduce((a, b) -> a + "; " + b).orElse(""));
        } else {
            message.set(ErrorText.of(locale, error));
        }
    }

    /** Whether the person may add and end assignments. */
    public boolean mayEdit() {
        return session.may(Permission.RECORDS_WRITE);
    }

    public ObservableList<TeachingRow> rows() {
        return rows;
    }

    public ObservableList<AcademicYearView> years() {
        return years;
    }

    public ObservableList<TermView> terms() {
        return terms;
    }

    public ObservableList<SectionView> sections() {
        return sections;
    }

    public ObservableList<CourseView> courses() {
        return courses;
    }

    public ObjectProperty<AcademicYearView> yearProperty() {
        return year;
    }

    public ObjectProperty<TermView> termProperty() {
        return term;
    }

    public ObjectProperty<SectionView> sectionProperty() {
        return section;
    }

    public ObjectProperty<CourseView> courseProperty() {
        return course;
    }

    public ObjectProperty<TeachingRole> roleProperty() {
        return role;
    }

    public ObservableMap<String, String> fieldProblems() {
        return fieldProblems;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
