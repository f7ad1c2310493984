package org.studenthub.core.attendance;

import jakarta.persistence.LockModeType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hibernate.Session;
import org.hibernate.exception.ConstraintViolationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.studenthub.core.common.ConflictException;
import org.studenthub.core.common.Messages;
import org.studenthub.core.common.NotFoundException;
import org.studenthub.core.common.Validation;
import org.studenthub.core.common.ValidationException;
import org.studenthub.core.db.Transactions;
import org.studenthub.core.security.Permission;
import org.studenthub.core.security.StudentScope;
import org.studenthub.core.tenancy.CollegeContext;

/**
 * Attendance registers: open a session of a section, record every student's mark in one call
 * (re-recording updates what changed), page a section's sessions by date, and summarise a
 * student's term with counts computed by the database. Opening and recording need ATTENDANCE_WRITE
 * for the session's section (a faculty member's SECTION scope reaches only their section); marks are
 * read only for students in the caller's STUDENT_READ scope.
 */
public final class AttendanceService {
    static final String KIND = "attendance session";
    /** Largest page {@link #sessionsOf} returns. */
    public static final int MAX_PAGE = 500;

    private static final Logger LOG = LoggerFactory.getLogger(AttendanceService.class);

    private final Transactions transactions;

    public AttendanceService(Transactions transactions) {
        this.transactions = transactions;
    }

    /** Opens a session; a second session of the same section, date and period is a conflict. */
    public AttendanceSessionView openSession(CollegeContext context, NewAttendanceSession command) {
        CollegeContext.require(context, Permission.ATTENDANCE_WRITE);
        Validation.check(command);
        StudentScope scope = StudentScope.of(context, Permission.ATTENDANCE_WRITE);
        return transactions.inCollege(context, session -> {
            scope.checkSection(session, command.sectionId());
            if (sessionExists(session, command)) {
                throw new ConflictException("attendance.session.duplicate",
                        sectionCode(session, context, command.sectionId()), command.heldOn(), command.periodNo());
            }
            AttendanceSession opened = new AttendanceSession(command);
            try {
                session.persist(opened);
                session.flush();
            } catch (RuntimeException e) {
                throw translate(command, e);
            }
            return opened.toView();
        });
    }

    /**
     * Records the register of a session in one transaction. New students get a mark, changed
     * marks are updated (their version goes up), unchanged ones are left alone; when anything
     * changed the session's version goes up too, so a register edited from a stale copy fails.
     * Every student must have been enrolled in the session's section and term on its date.
     *
     * @param expectedVersion the session version the register was read with
     * @return every mark of the session after recording, by student id
     */
    public List<AttendanceMarkView> recordMarks(CollegeContext context, long sessionId, long expectedVersion,
                                                List<MarkEntry> entries) {
        CollegeContext.require(context, Permission.ATTENDANCE_WRITE);
        checkEntries(entries);
        StudentScope scope = StudentScope.of(context, Permission.ATTENDANCE_WRITE);
        return transactions.inCollege(context, session -> {
            AttendanceSession register = getOrThrow(session, sessionId);
            scope.checkSection(session, register.sectionId());
            if (register.getVersion() != expectedVersion) {
                throw ConflictException.staleRecord(KIND, label(session, context, register), null);
            }
            Set<Long> wanted = entries.stream().map(MarkEntry::studentId)
                    .collect(Collectors.toCollection(HashSet::new));
            wanted.removeAll(enrolledAmong(session, context, register, wanted));
            if (!wanted.isEmpty()) {
                throw new NotEnrolledException(wanted, sessionId);
            }
            if (upsert(session, register, entries)) {
                session.lock(register, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
            }
            session.flush();
            LOG.debug("Recorded {} marks for attendance session {}", entries.size(), sessionId);
            return marks(session, sessionId);
        });
    }

    public AttendanceSessionView getSession(CollegeContext context, long sessionId) {
        CollegeContext.require(context, Permission.RECORDS_READ);
        return transactions.inCollege(context, session -> getOrThrow(session, sessionId).toView());
    }

    /**
     * The marks of one session (a register has hundreds at most), by student id; only those of students
     * in the caller's scope.
     */
    public List<AttendanceMarkView> marksOf(CollegeContext context, long sessionId) {
        CollegeContext.require(context, Permission.STUDENT_READ);
        StudentScope scope = StudentScope.of(context, Permission.STUDENT_READ);
        return transactions.inCollege(context, session -> {
            getOrThrow(session, sessionId);
            return scope.bind(session.createSelectionQuery("from AttendanceMark m where m.sessionId = :session"
                                    + " and " + scope.hql("m.studentId") + " order by m.studentId",
                            AttendanceMark.class))
                    .setParameter("session", sessionId)
                    .getResultList().stream().map(AttendanceMark::toView).toList();
        });
    }

    /**
     * One page of a section's sessions in a term, oldest first by date and period (keyset paging).
     *
     * @param after null for the first page, else {@link AttendanceSessionPage#next()} of the previous page
     * @param limit page size, 1 to {@link #MAX_PAGE}
     */
    public AttendanceSessionPage sessionsOf(CollegeContext context, long sectionId, long termId, SessionCursor after,
                                            int limit) {
        CollegeContext.require(context, Permission.RECORDS_READ);
        if (limit < 1 || limit > MAX_PAGE) {
            throw invalid("limit", "paging.limit.range", MAX_PAGE);
        }
        SessionCursor from = after == null ? new SessionCursor(LocalDate.of(1, 1, 1), 0) : after;
        return transactions.inCollege(context, session -> {
            List<AttendanceSession> rows = session.createSelectionQuery("from AttendanceSession"
                            + " where sectionId = :section and termId = :term and (heldOn > :day"
                            + " or (heldOn = :day and periodNo > :period)) order by heldOn, periodNo",
                            AttendanceSession.class)
                    .setParameter("section", sectionId)
                    .setParameter("term", termId)
                    .setParameter("day", from.heldOn())
                    .setParameter("period", from.periodNo())
                    .setMaxResults(limit + 1)
                    .getResultList();
            boolean more = rows.size() > limit;
            List<AttendanceSessionView> items = rows.stream().limit(limit).map(AttendanceSession::toView).toList();
            AttendanceSessionView last = more ? items.get(items.size() - 1) : null;
            return new AttendanceSessionPage(items,
                    last == null ? null : new SessionCursor(last.heldOn(), last.periodNo()));
        });
    }

    /** A student's marks in a term, counted per mark with one GROUP BY query. */
    public AttendanceSummary studentSummary(CollegeContext context, long studentId, long termId) {
        CollegeContext.require(context, Permission.STUDENT_READ);
        StudentScope scope = StudentScope.of(context, Permission.STUDENT_READ);
        return transactions.inCollege(context, session -> {
            scope.check(session, studentId);
            Map<Mark, Long> counts = new EnumMap<>(Mark.class);
            session.createSelectionQuery("select m.mark, count(m) from AttendanceMark m, AttendanceSession s"
                            + " where s.id = m.sessionId and m.studentId = :student and s.termId = :term"
                            + " group by m.mark", Object[].class)
                    .setParameter("student", studentId)
                    .setParameter("term", termId)
                    .getResultList()
                    .forEach(row -> counts.put((Mark) row[0], ((Number) row[1]).longValue()));
            return AttendanceSummary.of(studentId, termId, counts.getOrDefault(Mark.PRESENT, 0L),
                    counts.getOrDefault(Mark.ABSENT, 0L), counts.getOrDefault(Mark.LATE, 0L),
                    counts.getOrDefault(Mark.EXCUSED, 0L));
        });
    }

    private static boolean upsert(Session session, AttendanceSession register, List<MarkEntry> entries) {
        Map<Long, AttendanceMark> existing = session.createSelectionQuery(
                        "from AttendanceMark where sessionId = :session", AttendanceMark.class)
                .setParameter("session", register.getId())
                .getResultList().stream()
                .collect(Collectors.toMap(AttendanceMark::studentId, Function.identity()));
        boolean changed = false;
        for (MarkEntry entry : entries) {
            AttendanceMark mark = existing.get(entry.studentId());
            if (mark == null) {
                session.persist(new AttendanceMark(register.getId(), entry));
                changed = true;
            } else {
                changed |= mark.apply(entry);
            }
        }
        return changed;
    }

    private static List<AttendanceMarkView> marks(Session session, long sessionId) {
        return session.createSelectionQuery("from AttendanceMark where sessionId = :session order by studentId",
                        AttendanceMark.class)
                .setParameter("session", sessionId)
                .getResultList().stream().map(AttendanceMark::toView).toList();
    }

    /** The given students that were enrolled in the session's section and term on the session's date. */
    private static Set<Long> enrolledAmong(Session session, CollegeContext context, AttendanceSession register,
                                           Set<Long> studentIds) {
        List<Long> rows = session.createNativeQuery("select distinct student_id from enrolment"
                        + " where college_id = :college and section_id = :section and term_id = :term"
                        + " and student_id in (:students) and enrolled_on <= :day"
                        + " and (ended_on is null or ended_on >= :day)", Long.class)
                .setParameter("college", context.collegeId())
                .setParameter("section", register.sectionId())
                .setParameter("term", register.termId())
                .setParameterList("students", studentIds)
                .setParameter("day", register.heldOn())
                .getResultList();
        return rows.stream().map(Number::longValue).collect(Collectors.toSet());
    }

    private static void checkEntries(List<MarkEntry> entries) {
        if (entries == null || entries.isEmpty()) {
            throw invalid("entries", "attendance.entries.empty");
        }
        List<ValidationException.FieldProblem> problems = new ArrayList<>();
        Set<Long> seen = new LinkedHashSet<>();
        for (int i = 0; i < entries.size(); i++) {
            MarkEntry entry = entries.get(i);
            String prefix = "entries[" + i + "]";
            if (entry == null) {
                problems.add(new ValidationException.FieldProblem(prefix, Messages.get("attendance.entry.missing")));
                continue;
            }
            for (ValidationException.FieldProblem p : Validation.problems(entry)) {
                problems.add(new ValidationException.FieldProblem(prefix + "." + p.field(), p.message()));
            }
            if (entry.studentId() != null && !seen.add(entry.studentId())) {
                problems.add(new ValidationException.FieldProblem(prefix + ".studentId",
                        Messages.get("attendance.entry.repeated", String.valueOf(entry.studentId()))));
            }
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
    }

    private static boolean sessionExists(Session session, NewAttendanceSession command) {
        return session.createSelectionQuery("select count(s) from AttendanceSession s where s.sectionId = :section"
                        + " and s.heldOn = :day and s.periodNo = :period", Long.class)
                .setParameter("section", command.sectionId())
                .setParameter("day", command.heldOn())
                .setParameter("period", command.periodNo())
                .getSingleResult() > 0;
    }

    private static AttendanceSession getOrThrow(Session session, long id) {
        AttendanceSession register = session.find(AttendanceSession.class, id);
        if (register == null) {
            throw new NotFoundException(KIND, id);
        }
        return register;
    }

    private static RuntimeException translate(NewAttendanceSession command, RuntimeException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConstraintViolationException violation && violation.getConstraintName() != null) {
                String name = violation.getConstraintName().toLowerCase(Locale.ROOT);
                if (name.contains("fk_attendance_session_section")) {
                    return new NotFoundException("section", command.sectionId());
                }
                if (name.contains("fk_attendance_session_term")) {
                    return new NotFoundException("term", command.termId());
                }
                if (name.contains("fk_attendance_session_course")) {
                    return new NotFoundException("course", command.courseId());
                }
                if (name.contains("fk_attendance_session_teacher")) {
                    return new NotFoundException("teacher", command.teacherId());
                }
                if (name.contains("uq_attendance_session")) {
                    return new ConflictException("attendance.session.duplicate", e, String.valueOf(command.sectionId()),
                            command.heldOn(), command.periodNo());
                }
            }
        }
        return e;
    }

    /** "1A 2026-03-02 period 2": how messages name a session. */
    private static String label(Session session, CollegeContext context, AttendanceSession register) {
        return sectionCode(session, context, register.sectionId()) + " " + register.heldOn() + " #"
                + register.periodNo();
    }

    private static String sectionCode(Session session, CollegeContext context, long sectionId) {
        return session.createNativeQuery("select code from section where college_id = :college and id = :id",
                        String.class)
                .setParameter("college", context.collegeId())
                .setParameter("id", sectionId)
                .uniqueResultOptional().orElse(String.valueOf(sectionId));
    }

    private static ValidationException invalid(String field, String key, Object... args) {
        return new ValidationException(List.of(new ValidationException.FieldProblem(field, Messages.get(key, args))));
    }
}
