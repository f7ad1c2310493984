package org.studenthub.app.section;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
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
import org.studenthub.core.calendar.TermView;
import org.studenthub.core.common.ConflictException;
import org.studenthub.core.common.PageRequest;
import org.studenthub.core.enrolment.EnrolledStudent;
import org.studenthub.core.enrolment.EnrolledStudentPage;
import org.studenthub.core.enrolment.EnrolmentStatus;
import org.studenthub.core.enrolment.NewEnrolment;
import org.studenthub.core.section.SectionView;
import org.studenthub.core.security.Permission;
import org.studenthub.core.student.search.StudentQuery;
import org.studenthub.core.student.search.StudentRow;

/**
 * One section's class list for a term of its year: the enrolled students by number, read a page at a time, how
 * many there are against the capacity, enrolling a student found by number or name, and ending an enrolment
 * (enrolments are never deleted: their status changes).
 */
public final class SectionRosterViewModel {
    static final int PAGE_SIZE = 100;
    static final int CANDIDATES = 20;

    private final Session session;
    private final BackgroundTasks tasks;
    private final Locale locale;
    private final SectionView section;
    private final int pageSize;
    private final Supplier<LocalDate> today;
    private final ObservableList<TermView> terms = FXCollections.observableArrayList();
    private final ObjectProperty<TermView> term = new SimpleObjectProperty<>();
    private final ObservableList<EnrolledStudent> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper count = new ReadOnlyStringWrapper("");
    private final StringProperty studentText = new SimpleStringProperty("");
    private final ObservableList<StudentRow> candidates = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private String nextAfter;
    private long generation;
    private long searches;

    public SectionRosterViewModel(Session session, BackgroundTasks tasks, Locale locale, SectionView section) {
        this(session, tasks, locale, section, PAGE_SIZE, LocalDate::now);
    }

    SectionRosterViewModel(Session session, BackgroundTasks tasks, Locale locale, SectionView section, int pageSize,
                           Supplier<LocalDate> today) {
        this.session = session;
        this.tasks = tasks;
        this.locale = locale;
        this.section = section;
        this.pageSize = pageSize;
        this.today = today;
        term.addListener((o, was, now) -> refresh());
    }

    /** Reads the terms of the section's year and shows the running term's class list. */
    public void load() {
        loading.set(true);
        tasks.wrap(() -> session.services().calendar().termsOf(session.college(), section.academicYearId()))
                .onSuccess(read -> {
                    loading.set(false);
                    terms.setAll(read);
                    TermView first = TermChoice.current(read, today.get());
                    if (first == null) {
                        message.set(I18n.tr(locale, "client.section.roster.no_terms"));
                    } else if (first.equals(term.get())) {
                        refresh();
                    } else {
                        term.set(first);
                    }
                })
                .onFailure(this::failed)
                .start();
    }

    private record FirstPage(EnrolledStudentPage page, long count) {}

    /** Reads the first page and the count again: the list starts over. */
    public void refresh() {
        TermView chosen = term.get();
        if (chosen == null) {
            return;
        }
        long mine = ++generation;
        nextAfter = null;
        loading.set(true);
        tasks.wrap(() -> {
            var enrolments = session.services().enrolments();
            return new FirstPage(enrolments.listStudentsBySectionAndTerm(session.college(), section.id(),
                    chosen.id(), null, pageSize),
                    enrolments.countBySectionAndTerm(session.college(), section.id(), chosen.id()));
        }).onSuccess(read -> {
            if (mine == generation) {
                rows.setAll(read.page().items());
                nextAfter = read.page().nextAfterNumber();
                showCount(read.count());
                loading.set(false);
            }
        }).onFailure(error -> {
            if (mine == generation) {
                failed(error);
            }
        }).start();
    }

    /** Appends the next page, if there is one and none is being read. */
    public void loadMore() {
        TermView chosen = term.get();
        if (loading.get() || nextAfter == null || chosen == null) {
            return;
        }
        long mine = generation;
        String after = nextAfter;
        loading.set(true);
        tasks.wrap(() -> session.services().enrolments().listStudentsBySectionAndTerm(session.college(),
                        section.id(), chosen.id(), after, pageSize))
                .onSuccess(page -> {
                    if (mine == generation) {
                        rows.addAll(page.items());
                        nextAfter = page.nextAfterNumber();
                        loading.set(false);
                    }
                })
                .onFailure(error -> {
                    if (mine == generation) {
                        failed(error);
                    }
                })
                .start();
    }

    private void showCount(long enrolled) {
        count.set(section.capacity() == null ? I18n.tr(locale, "client.section.roster.count", enrolled)
                : I18n.tr(locale, "client.section.roster.count_of", enrolled, section.capacity()));
    }

    /** Looks for students to enrol by number or name (the first few matches). */
    public void searchStudents() {
        String typed = studentText.get() == null ? "" : studentText.get().strip();
        long mine = ++searches;
        if (typed.isEmpty()) {
            candidates.clear();
            return;
        }
        tasks.wrap(() -> session.services().studentSearch().search(session.college(), StudentQuery.of(typed),
                        new PageRequest(CANDIDATES, null)).items())
                .onSuccess(found -> {
                    if (mine == searches) {
                        candidates.setAll(found);
                    }
                })
                .onFailure(this::failed)
                .start();
    }

    /** Enrols {@code student} in this section for the chosen term, from today (or the term's first day). */
    public void enrol(StudentRow student) {
        TermView chosen = term.get();
        if (student == null || chosen == null) {
            return;
        }
        NewEnrolment command = new NewEnrolment(student.id(), section.programmeId(), section.id(), chosen.id(),
                TermChoice.enrolmentDay(chosen, today.get()));
        loading.set(true);
        tasks.wrap(() -> session.services().enrolments().enrol(session.college(), command))
                .onSuccess(enrolled -> {
                    loading.set(false);
                    refresh();
                    message.set(I18n.tr(locale, "client.section.roster.enrolled", student.studentNumber(),
                            student.familyName() + ", " + student.givenName()));
                })
                .onFailure(this::failed)
                .start();
    }

    /** Moves an enrolment to {@code status} from today (the View asks first). */
    public void changeStatus(EnrolledStudent line, EnrolmentStatus status) {
        var enrolment = line.enrolment();
        loading.set(true);
        tasks.wrap(() -> session.services().enrolments().changeStatus(session.college(), enrolment.id(),
                        enrolment.version(), status, TermChoice.endDay(enrolment.enrolledOn(), today.get())))
                .onSuccess(changed -> {
                    loading.set(false);
                    refresh();
                    message.set(I18n.tr(locale, "client.section.roster.status_changed", line.studentNumber(),
                            EnrolmentLabels.status(locale, status)));
                })
                .onFailure(error -> {
                    failed(error);
                    if (error instanceof ConflictException) {
                        refresh();
                        message.set(I18n.tr(locale, "client.section.roster.conflict"));
                    }
                })
                .start();
    }

    private void failed(Throwable error) {
        loading.set(false);
        message.set(ErrorText.of(locale, error));
    }

    /** Whether the signed-in person may enrol and end enrolments (the core asks for {@code student.write}). */
    public boolean mayEnrol() {
        return session.may(Permission.STUDENT_WRITE);
    }

    public boolean hasMore() {
        return nextAfter != null;
    }

    public SectionView section() {
        return section;
    }

    public List<EnrolmentStatus> statusChoices() {
        return List.of(EnrolmentStatus.values());
    }

    public ObservableList<TermView> terms() {
        return terms;
    }

    public ObjectProperty<TermView> termProperty() {
        return term;
    }

    public ObservableList<EnrolledStudent> rows() {
        return rows;
    }

    public ReadOnlyStringProperty countProperty() {
        return count.getReadOnlyProperty();
    }

    public StringProperty studentTextProperty() {
        return studentText;
    }

    public ObservableList<StudentRow> candidates() {
        return candidates;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
