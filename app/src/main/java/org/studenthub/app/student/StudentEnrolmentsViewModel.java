package org.studenthub.app.student;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.studenthub.app.I18n;
import org.studenthub.app.fx.BackgroundTasks;
import org.studenthub.app.fx.ErrorText;
import org.studenthub.app.section.EnrolmentLabels;
import org.studenthub.app.section.TermChoice;
import org.studenthub.app.session.Session;
import org.studenthub.core.calendar.AcademicYearView;
import org.studenthub.core.calendar.TermView;
import org.studenthub.core.common.ConflictException;
import org.studenthub.core.enrolment.EnrolmentStatus;
import org.studenthub.core.enrolment.EnrolmentView;
import org.studenthub.core.enrolment.NewEnrolment;
import org.studenthub.core.section.SectionStatus;
import org.studenthub.core.section.SectionView;
import org.studenthub.core.security.Permission;

/**
 * The Enrolments tab of a student: every enrolment (a student has tens at most) with its section, year and term,
 * and, for staff who may write student records, enrolling in a section of the current year and withdrawing.
 */
public final class StudentEnrolmentsViewModel {
    private final Session session;
    private final BackgroundTasks tasks;
    private final Locale locale;
    private final long studentId;
    private final Supplier<LocalDate> today;
    private final ObservableList<EnrolmentLine> lines = FXCollections.observableArrayList();
    private final ObservableList<SectionView> sections = FXCollections.observableArrayList();
    private final ObjectProperty<SectionView> section = new SimpleObjectProperty<>();
    private final ObservableList<TermView> terms = FXCollections.observableArrayList();
    private final ObjectProperty<TermView> term = new SimpleObjectProperty<>();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    public StudentEnrolmentsViewModel(Session session, BackgroundTasks tasks, Locale locale, long studentId) {
        this(session, tasks, locale, studentId, LocalDate::now);
    }

    StudentEnrolmentsViewModel(Session session, BackgroundTasks tasks, Locale locale, long studentId,
                               Supplier<LocalDate> today) {
        this.session = session;
        this.tasks = tasks;
        this.locale = locale;
        this.studentId = studentId;
        this.today = today;
    }

    private record Read(List<EnrolmentLine> lines, List<SectionView> sections, List<TermView> terms) {}

    /** Reads the enrolments and, for writers, the current year's active sections and terms. */
    public void load() {
        loading.set(true);
        tasks.wrap(this::read)
                .onSuccess(read -> {
                    loading.set(false);
                    lines.setAll(read.lines());
                    if (!read.sections().equals(sections)) {
                        sections.setAll(read.sections());
                        terms.setAll(read.terms());
                        section.set(latestSection(read));
                        term.set(TermChoice.current(read.terms(), today.get()));
                    }
                })
                .onFailure(this::failed)
                .start();
    }

    private Read read() {
        var services = session.services();
        var college = session.college();
        List<EnrolmentView> enrolments = services.enrolments().listByStudent(college, studentId);
        Map<Long, SectionView> sectionsById = new HashMap<>();
        Map<Long, TermView> termsById = new HashMap<>();
        Map<Long, AcademicYearView> yearsById = new HashMap<>();
        List<EnrolmentLine> read = enrolments.stream().map(e -> {
            SectionView s = sectionsById.computeIfAbsent(e.sectionId(), id -> services.sections().get(college, id));
            TermView t = termsById.computeIfAbsent(e.termId(), id -> services.calendar().getTerm(college, id));
            AcademicYearView y = yearsById.computeIfAbsent(t.academicYearId(),
                    id -> services.calendar().getYear(college, id));
            return new EnrolmentLine(e, s.code(), s.name(), y.code(), t.name());
        }).toList();
        if (!mayWrite()) {
            return new Read(read, List.of(), List.of());
        }
        var current = services.calendar().currentYear(college);
        if (current.isEmpty()) {
            return new Read(read, List.of(), List.of());
        }
        List<SectionView> open = services.sections().listByYear(college, current.get().id()).stream()
                .filter(s -> s.status() == SectionStatus.ACTIVE).toList();
        return new Read(read, open, services.calendar().termsOf(college, current.get().id()));
    }

    /** The section of the student's latest enrolment, when it is offered; else none. */
    private static SectionView latestSection(Read read) {
        for (int i = read.lines().size() - 1; i >= 0; i--) {
            long id = read.lines().get(i).enrolment().sectionId();
            for (SectionView s : read.sections()) {
                if (s.id() == id) {
                    return s;
                }
            }
        }
        return null;
    }

    /** Enrols the student in the chosen section and term, from today (or the term's first day). */
    public void enrol() {
        SectionView chosen = section.get();
        TermView chosenTerm = term.get();
        if (chosen == null || chosenTerm == null) {
            message.set(I18n.tr(locale, "client.section.student.choose"));
            return;
        }
        NewEnrolment command = new NewEnrolment(studentId, chosen.programmeId(), chosen.id(), chosenTerm.id(),
                TermChoice.enrolmentDay(chosenTerm, today.get()));
        loading.set(true);
        tasks.wrap(() -> session.services().enrolments().enrol(session.college(), command))
                .onSuccess(done -> {
                    message.set(I18n.tr(locale, "client.section.student.enrolled", chosen.code(), chosenTerm.name()));
                    load();
                })
                .onFailure(this::failed)
                .start();
    }

    /** Withdraws the student from one enrolment from today (the View asks first). */
    public void withdraw(EnrolmentLine line) {
        EnrolmentView enrolment = line.enrolment();
        loading.set(true);
        tasks.wrap(() -> session.services().enrolments().changeStatus(session.college(), enrolment.id(),
                        enrolment.version(), EnrolmentStatus.WITHDRAWN,
                        TermChoice.endDay(enrolment.enrolledOn(), today.get())))
                .onSuccess(done -> {
                    message.set(I18n.tr(locale, "client.section.student.withdrawn", line.sectionCode(), line.term()));
                    load();
                })
                .onFailure(error -> {
                    failed(error);
                    if (error instanceof ConflictException) {
                        message.set(I18n.tr(locale, "client.section.roster.conflict"));
                        load();
                    }
                })
                .start();
    }

    private void failed(Throwable error) {
        loading.set(false);
        message.set(ErrorText.of(locale, error));
    }

    public String statusText(EnrolmentStatus status) {
        return EnrolmentLabels.status(locale, status);
    }

    /** Whether the signed-in person may enrol and withdraw (the core asks for {@code student.write}). */
    public boolean mayWrite() {
        return session.may(Permission.STUDENT_WRITE);
    }

    public ObservableList<EnrolmentLine> lines() {
        return lines;
    }

    public ObservableList<SectionView> sections() {
        return sections;
    }

    public ObjectProperty<SectionView> sectionProperty() {
        return section;
    }

    public ObservableList<TermView> terms() {
        return terms;
    }

    public ObjectProperty<TermView> termProperty() {
        return term;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
