package org.studenthub.app.teacher;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import org.studenthub.app.I18n;
import org.studenthub.app.fx.BackgroundTasks;
import org.studenthub.app.fx.ErrorText;
import org.studenthub.app.session.Session;
import org.studenthub.core.common.PageRequest;
import org.studenthub.core.common.ValidationException;
import org.studenthub.core.mentor.MenteePage;
import org.studenthub.core.mentor.MentorAssignmentView;
import org.studenthub.core.mentor.NewMentorAssignment;
import org.studenthub.core.security.Permission;
import org.studenthub.core.student.StudentView;
import org.studenthub.core.student.search.StudentQuery;
import org.studenthub.core.student.search.StudentRow;
import org.studenthub.core.teacher.TeacherView;

/**
 * The students a teacher mentors, a page at a time from the database (current mentees, or every mentorship with
 * the ended ones), and the form that assigns a mentee: search students, pick one, choose the first day. A student
 * has one mentor at a time, so assigning ends their current mentorship on that day. Mentorships end, never vanish.
 */
public final class MenteesViewModel {
    static final int PAGE_SIZE = 100;
    static final int CANDIDATES = 8;

    private final Session session;
    private final BackgroundTasks tasks;
    private final Locale locale;
    private final int pageSize;
    private final ObservableList<MenteeRow> rows = FXCollections.observableArrayList();
    private final BooleanProperty includeEnded = new SimpleBooleanProperty();
    private final StringProperty studentText = new SimpleStringProperty("");
    private final ObservableList<StudentRow> candidates = FXCollections.observableArrayList();
    private final ObjectProperty<StudentRow> candidate = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> startsOn = new SimpleObjectProperty<>(LocalDate.now());
    private final ObservableMap<String, String> fieldProblems = FXCollections.observableHashMap();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private TeacherView teacher;
    private Long nextAfterId;
    private long generation;
    private long candidateGeneration;

    public MenteesViewModel(Session session, BackgroundTasks tasks, Locale locale) {
        this(session, tasks, locale, PAGE_SIZE);
    }

    /** With a smaller page, for tests of paging. */
    MenteesViewModel(Session session, BackgroundTasks tasks, Locale locale, int pageSize) {
        this.session = session;
        this.tasks = tasks;
        this.locale = locale;
        this.pageSize = pageSize;
    }

    /** Shows the mentees of {@code shown}. */
    public void showTeacher(TeacherView shown) {
        teacher = shown;
        refresh();
    }

    /** Reads the first page again (after a change, or when "include ended" changes). */
    public void refresh() {
        read(null);
    }

    /** Appends the next page, if there is one and none is being read. */
    public void loadMore() {
        if (!loading.get() && nextAfterId != null) {
            read(nextAfterId);
        }
    }

    private void read(Long afterId) {
        long mine = afterId == null ? ++generation : generation;
        long teacherId = teacher.id();
        boolean activeOnly = !includeEnded.get();
        loading.set(true);
        tasks.wrap(() -> page(teacherId, activeOnly, afterId))
                .onSuccess(read -> {
                    if (mine == generation) {
                        loading.set(false);
                        nextAfterId = read.next();
                        if (afterId == null) {
                            rows.setAll(read.rows());
                        } else {
                            rows.addAll(read.rows());
                        }
                    }
                })
                .onFailure(this::failed)
                .start();
    }

    private record Read(List<MenteeRow> rows, Long next) {}

    private Read page(long teacherId, boolean activeOnly, Long afterId) {
        var services = session.services();
        MenteePage page = services.mentors().menteesOf(session.college(), teacherId, activeOnly, afterId, pageSize);
        List<MenteeRow> named = page.items().stream().map(a -> {
            StudentView s = services.students().get(session.college(), a.studentId());
            return new MenteeRow(a, s.studentNumber(), s.familyName() + ", " + s.givenName());
        }).toList();
        return new Read(named, page.nextAfterId());
    }

    /** Finds students to choose from for the typed number or name (the first few matches). */
    public void searchStudents() {
        long mine = ++candidateGeneration;
        String typed = studentText.get() == null ? "" : studentText.get().strip();
        if (typed.isEmpty()) {
            candidates.clear();
            return;
        }
        tasks.wrap(() -> session.services().studentSearch().search(session.college(), StudentQuery.of(typed),
                        new PageRequest(CANDIDATES, null)).items())
                .onSuccess(found -> {
                    if (mine == candidateGeneration) {
                        candidates.setAll(found);
                        if (found.size() == 1) {
                            candidate.set(found.get(0));
                        }
                    }
                })
                .onFailure(this::failed)
                .start();
    }

    /** Makes the chosen student a mentee of the teacher from the chosen day. */
    public void assign() {
        fieldProblems.clear();
        StudentRow student = candidate.get();
        if (student == null) {
            fieldProblems.put("studentId", I18n.tr(locale, "client.teacher.mentees.choose"));
        }
        if (startsOn.get() == null) {
            fieldProblems.put("startsOn", I18n.tr(locale, "client.teacher.mentees.date_required"));
        }
        if (!fieldProblems.isEmpty()) {
            message.set(I18n.tr(locale, "client.teacher.fix_fields"));
            return;
        }
        NewMentorAssignment command = new NewMentorAssignment(teacher.id(), student.id(), startsOn.get());
        loading.set(true);
        tasks.wrap(() -> session.services().mentors().assign(session.college(), command))
                .onSuccess(saved -> {
                    message.set(I18n.tr(locale, "client.teacher.mentees.assigned",
                            student.familyName() + ", " + student.givenName()));
                    candidate.set(null);
                    candidates.clear();
                    studentText.set("");
                    refresh();
                })
                .onFailure(this::failed)
                .start();
    }

    /** Ends a mentorship today (or on its first day, if it starts later); the View confirms first. */
    public void end(MenteeRow row) {
        MentorAssignmentView a = row.assignment();
        LocalDate today = LocalDate.now();
        LocalDate last = a.startsOn().isAfter(today) ? a.startsOn() : today;
        fieldProblems.clear();
        loading.set(true);
        tasks.wrap(() -> session.services().mentors().end(session.college(), a.id(), a.version(), last))
                .onSuccess(saved -> {
                    message.set(I18n.tr(locale, "client.teacher.mentees.ended", row.studentName()));
                    refresh();
                })
                .onFailure(this::failed)
                .start();
    }

    private void failed(Throwable error) {
        loading.set(false);
        if (error instanceof ValidationException invalid) {
            invalid.problems().forEach(p -> fieldProblems.put(p.field(), p.message()));
            message.set(I18n.tr(locale, "client.teacher.fix_fields"));
        } else {
            message.set(ErrorText.of(locale, error));
        }
    }

    /** Whether the person may assign and end mentorships (teacher records and student records both). */
    public boolean mayEdit() {
        return session.may(Permission.RECORDS_WRITE) && session.may(Permission.STUDENT_WRITE);
    }

    public boolean hasMore() {
        return nextAfterId != null;
    }

    public ObservableList<MenteeRow> rows() {
        return rows;
    }

    public BooleanProperty includeEndedProperty() {
        return includeEnded;
    }

    public StringProperty studentTextProperty() {
        return studentText;
    }

    public ObservableList<StudentRow> candidates() {
        return candidates;
    }

    public ObjectProperty<StudentRow> candidateProperty() {
        return candidate;
    }

    public ObjectProperty<LocalDate> startsOnProperty() {
        return startsOn;
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
