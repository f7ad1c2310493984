package org.studenthub.app.attendance;

import java.text.Collator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.studenthub.app.AppServices;
import org.studenthub.app.session.Session;
import org.studenthub.core.attendance.AttendanceSessionPage;
import org.studenthub.core.attendance.AttendanceSessionView;
import org.studenthub.core.attendance.NewAttendanceSession;
import org.studenthub.core.attendance.SessionCursor;
import org.studenthub.core.calendar.AcademicYearView;
import org.studenthub.core.calendar.TermView;
import org.studenthub.core.common.ConflictException;
import org.studenthub.core.common.PageRequest;
import org.studenthub.core.enrolment.EnrolmentPage;
import org.studenthub.core.enrolment.EnrolmentService;
import org.studenthub.core.enrolment.EnrolmentView;
import org.studenthub.core.programme.ProgrammeView;
import org.studenthub.core.section.SectionStatus;
import org.studenthub.core.section.SectionView;
import org.studenthub.core.security.Permission;
import org.studenthub.core.security.Scope;
import org.studenthub.core.security.ScopeKind;
import org.studenthub.core.student.StudentView;
import org.studenthub.core.student.search.StudentQuery;
import org.studenthub.core.student.search.StudentRow;
import org.studenthub.core.tenancy.CollegeContext;

/**
 * The service calls behind the take-attendance screen, run on a background thread: what may be chosen, opening
 * (or finding) a session, and reading its register. Holds no state between calls.
 */
final class AttendanceReader {
    private static final int PAGE = 500;

    private final AppServices services;
    private final CollegeContext college;
    private final Locale locale;

    AttendanceReader(Session session, Locale locale) {
        this.services = session.services();
        this.college = session.college();
        this.locale = locale;
    }

    /** The current academic year's active sections this person may take attendance for, theirs first, and its terms. */
    AttendanceChoices choices() {
        Optional<AcademicYearView> year = services.calendar().currentYear(college)
                .or(() -> services.calendar().listYears(college).stream().findFirst());
        if (year.isEmpty()) {
            return AttendanceChoices.NONE;
        }
        List<TermView> terms = services.calendar().termsOf(college, year.get().id());
        Set<Long> mine = mySections(terms);
        Set<Long> programmes = programmesInMyDepartments();
        Comparator<SectionChoice> order = Comparator.comparing((SectionChoice c) -> !c.mine())
                .thenComparing(c -> c.section().code(), Collator.getInstance(locale));
        List<SectionChoice> sections = services.sections().listByYear(college, year.get().id()).stream()
                .filter(s -> s.status() == SectionStatus.ACTIVE)
                .filter(s -> mayWrite(s, programmes))
                .map(s -> new SectionChoice(s, mine.contains(s.id())))
                .sorted(order).toList();
        return new AttendanceChoices(sections, terms);
    }

    /** The sections the person's role is given for, and those they are assigned to teach this year. */
    private Set<Long> mySections(List<TermView> terms) {
        Set<Long> mine = scopes(ScopeKind.SECTION);
        Set<Long> yearTerms = terms.stream().map(TermView::id).collect(Collectors.toSet());
        college.access().teacherId().ifPresent(teacher -> services.teachingAssignments()
                .listByTeacher(college, teacher).stream()
                .filter(a -> yearTerms.contains(a.termId()))
                .forEach(a -> mine.add(a.sectionId())));
        return mine;
    }

    /** Programmes of the departments the person's attendance permission reaches (none when it reaches the college). */
    private Set<Long> programmesInMyDepartments() {
        if (college.collegeWide(Permission.ATTENDANCE_WRITE)) {
            return Set.of();
        }
        Set<Long> programmes = new HashSet<>();
        for (long department : scopes(ScopeKind.DEPARTMENT)) {
            services.programmes().listByDepartment(college, department).stream().map(ProgrammeView::id)
                    .forEach(programmes::add);
        }
        return programmes;
    }

    private boolean mayWrite(SectionView section, Set<Long> programmesInDepartments) {
        return college.collegeWide(Permission.ATTENDANCE_WRITE)
                || scopes(ScopeKind.SECTION).contains(section.id())
                || programmesInDepartments.contains(section.programmeId());
    }

    private Set<Long> scopes(ScopeKind kind) {
        return college.scopes(Permission.ATTENDANCE_WRITE).stream().filter(s -> s.kind() == kind)
                .map(Scope::id).collect(Collectors.toCollection(HashSet::new));
    }

    /**
     * The session of the section on that date and period: the one already there (someone may have opened it first),
     * else a new one.
     */
    AttendanceSessionView openOrResume(NewAttendanceSession wanted) {
        Optional<AttendanceSessionView> existing = find(wanted);
        if (existing.isPresent()) {
            return existing.get();
        }
        try {
            return services.attendance().openSession(college, wanted);
        } catch (ConflictException opened) {
            return find(wanted).orElseThrow(() -> opened);
        }
    }

    /** The section's session on the date and period of {@code wanted}: one keyset page starting just before it. */
    private Optional<AttendanceSessionView> find(NewAttendanceSession wanted) {
        AttendanceSessionPage page = services.attendance().sessionsOf(college, wanted.sectionId(), wanted.termId(),
                new SessionCursor(wanted.heldOn(), wanted.periodNo() - 1), 1);
        return page.items().stream()
                .filter(s -> s.heldOn().equals(wanted.heldOn()) && s.periodNo() == wanted.periodNo())
                .findFirst();
    }

    /**
     * A session as stored now with its register: read in that order, so the version can only be older than the
     * marks, never newer (saving against it then fails safely instead of overwriting).
     */
    OpenedRegister read(long sessionId) {
        AttendanceSessionView stored = services.attendance().getSession(college, sessionId);
        return new OpenedRegister(stored, roster(stored), services.attendance().marksOf(college, sessionId));
    }

    /** The session and its marks as stored now (the register's students are not read again). */
    OpenedRegister stored(long sessionId) {
        AttendanceSessionView stored = services.attendance().getSession(college, sessionId);
        return new OpenedRegister(stored, List.of(), services.attendance().marksOf(college, sessionId));
    }

    /** One page of the section's sessions in the term, oldest first. */
    AttendanceSessionPage sessions(long sectionId, long termId, SessionCursor after, int limit) {
        return services.attendance().sessionsOf(college, sectionId, termId, after, limit);
    }

    /** The students enrolled in the session's section and term on its date, by name. */
    List<RosterLine> roster(AttendanceSessionView register) {
        List<EnrolmentView> enrolled = enrolledOn(register.sectionId(), register.termId(), register.heldOn());
        Map<Long, RosterLine> lines = new HashMap<>();
        Set<Long> wanted = enrolled.stream().map(EnrolmentView::studentId).collect(Collectors.toSet());
        String after = null;
        do {
            var page = services.studentSearch().search(college, StudentQuery.of(null).inSection(register.sectionId()),
                    new PageRequest(PAGE, after));
            for (StudentRow row : page.items()) {
                if (wanted.contains(row.id())) {
                    lines.put(row.id(), new RosterLine(row.id(), row.studentNumber(), row.familyName(), row.givenName()));
                }
            }
            after = page.nextCursor();
        } while (after != null);
        for (long studentId : wanted) {
            if (!lines.containsKey(studentId)) {
                StudentView moved = services.students().get(college, studentId);
                lines.put(studentId, new RosterLine(studentId, moved.studentNumber(), moved.familyName(),
                        moved.givenName()));
            }
        }
        Collator collator = Collator.getInstance(locale);
        List<RosterLine> sorted = new ArrayList<>(lines.values());
        sorted.sort(Comparator.comparing(RosterLine::familyName, collator)
                .thenComparing(RosterLine::givenName, collator).thenComparing(RosterLine::studentNumber));
        return sorted;
    }

    private List<EnrolmentView> enrolledOn(long sectionId, long termId, LocalDate day) {
        List<EnrolmentView> enrolled = new ArrayList<>();
        Long after = null;
        EnrolmentService enrolments = services.enrolments();
        do {
            EnrolmentPage page = enrolments.listBySectionAndTerm(college, sectionId, termId, after, PAGE);
            page.items().stream()
                    .filter(e -> !e.enrolledOn().isAfter(day) && (e.endedOn() == null || !e.endedOn().isBefore(day)))
                    .forEach(enrolled::add);
            after = page.nextAfterId();
        } while (after != null);
        return enrolled;
    }
}
