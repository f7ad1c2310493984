package org.studenthub.core.mentor;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
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
 * Mentoring of students by teachers. A student has at most one ACTIVE mentor: assigning a new one
 * ends the previous assignment in the same transaction. Assignments end, they are never deleted.
 * Callers reach only the assignments of students in their scope.
 */
public final class MentorService {
    static final String KIND = "mentor assignment";
    /** Largest page {@link #menteesOf} returns. */
    public static final int MAX_PAGE = 500;

    private static final Logger LOG = LoggerFactory.getLogger(MentorService.class);

    private final Transactions transactions;

    public MentorService(Transactions transactions) {
        this.transactions = transactions;
    }

    /**
     * Makes a teacher the student's mentor from {@code startsOn}. The student's current ACTIVE
     * assignment, if any, ends on that day. The student row is locked for the transaction so two
     * concurrent assignments cannot both stay active.
     */
    public MentorAssignmentView assign(CollegeContext context, NewMentorAssignment command) {
        CollegeContext.require(context, Permission.STUDENT_WRITE);
        Validation.check(command);
        StudentScope scope = StudentScope.of(context, Permission.STUDENT_WRITE);
        return transactions.inCollege(context, session -> {
            lockStudent(session, context, command.studentId());
            scope.check(session, command.studentId());
            Optional<MentorAssignment> current = active(session, command.studentId());
            current.ifPresent(previous -> endPrevious(previous, command));
            MentorAssignment assignment = new MentorAssignment(command.teacherId(), command.studentId(),
                    command.startsOn());
            try {
                session.persist(assignment);
                session.flush();
            } catch (RuntimeException e) {
                throw translate(command, e);
            }
            LOG.debug("Teacher {} now mentors student {}", command.teacherId(), command.studentId());
            return assignment.toView();
        });
    }

    /** Ends an active assignment on {@code endsOn} (not before it started). */
    public MentorAssignmentView end(CollegeContext context, long assignmentId, long expectedVersion, LocalDate endsOn) {
        CollegeContext.require(context, Permission.STUDENT_WRITE);
        StudentScope scope = StudentScope.of(context, Permission.STUDENT_WRITE);
        return transactions.inCollege(context, session -> {
            MentorAssignment assignment = session.find(MentorAssignment.class, assignmentId);
            if (assignment == null) {
                throw new NotFoundException(KIND, assignmentId);
            }
            scope.check(session, assignment.studentId());
            if (assignment.getVersion() != expectedVersion) {
                throw ConflictException.staleRecord(KIND, label(session, context, assignment), null);
            }
            if (assignment.status() == MentorStatus.ENDED) {
                throw new ConflictException("mentor.already_ended", String.valueOf(assignmentId));
            }
            if (endsOn == null || endsOn.isBefore(assignment.startsOn())) {
                throw invalid("endsOn", "mentor.ends_on.before_start", assignment.startsOn());
            }
            assignment.end(endsOn);
            session.flush();
            return assignment.toView();
        });
    }

    /** Every mentor a student has had (tens at most), newest first. */
    public List<MentorAssignmentView> mentorsOf(CollegeContext context, long studentId) {
        CollegeContext.require(context, Permission.STUDENT_READ);
        StudentScope scope = StudentScope.of(context, Permission.STUDENT_READ);
        return transactions.inCollege(context, session -> {
            scope.check(session, studentId);
            return session.createSelectionQuery("from MentorAssignment where studentId = :student"
                                    + " order by startsOn desc, id desc",
                            MentorAssignment.class)
                    .setParameter("student", studentId)
                    .getResultList().stream().map(MentorAssignment::toView).toList();
        });
    }

    /**
     * One page of a teacher's assignments in id order (keyset paging); only those of students in the
     * caller's scope (a mentor sees their current mentees).
     *
     * @param activeOnly true for current mentees only, false to include ended assignments
     * @param afterId    null for the first page, else {@link MenteePage#nextAfterId()} of the previous page
     * @param limit      page size, 1 to {@link #MAX_PAGE}
     */
    public MenteePage menteesOf(CollegeContext context, long teacherId, boolean activeOnly, Long afterId, int limit) {
        CollegeContext.require(context, Permission.STUDENT_READ);
        if (limit < 1 || limit > MAX_PAGE) {
            throw invalid("limit", "paging.limit.range", MAX_PAGE);
        }
        StudentScope scope = StudentScope.of(context, Permission.STUDENT_READ);
        return transactions.inCollege(context, session -> {
            var query = scope.bind(session.createSelectionQuery("from MentorAssignment a where a.teacherId = :teacher"
                            + " and a.id > :after" + (activeOnly ? " and a.status = :active" : "")
                            + " and " + scope.hql("a.studentId") + " order by a.id",
                            MentorAssignment.class))
                    .setParameter("teacher", teacherId)
                    .setParameter("after", afterId == null ? 0L : afterId)
                    .setMaxResults(limit + 1);
            if (activeOnly) {
                query.setParameter("active", MentorStatus.ACTIVE);
            }
            List<MentorAssignment> rows = query.getResultList();
            boolean more = rows.size() > limit;
            List<MentorAssignmentView> items = rows.stream().limit(limit).map(MentorAssignment::toView).toList();
            return new MenteePage(items, more ? items.get(items.size() - 1).id() : null);
        });
    }

    /** Whether the teacher is the student's ACTIVE mentor in the caller's college. */
    public boolean isMentorOf(CollegeContext context, long teacherId, long studentId) {
        CollegeContext.require(context, Permission.STUDENT_READ);
        StudentScope scope = StudentScope.of(context, Permission.STUDENT_READ);
        return transactions.inCollege(context, session -> {
            scope.check(session, studentId);
            return session.createSelectionQuery("select count(m) from MentorAssignment m"
                            + " where m.teacherId = :teacher and m.studentId = :student and m.status = :active",
                            Long.class)
                    .setParameter("teacher", teacherId)
                    .setParameter("student", studentId)
                    .setParameter("active", MentorStatus.ACTIVE)
                    .getSingleResult() > 0;
        });
    }

    private static void endPrevious(MentorAssignment previous, NewMentorAssignment command) {
        if (previous.teacherId() == command.teacherId()) {
            throw new ConflictException("mentor.already_active", String.valueOf(command.teacherId()),
                    String.valueOf(command.studentId()));
        }
        if (command.startsOn().isBefore(previous.startsOn())) {
            throw invalid("startsOn", "mentor.starts_on.before_current", previous.startsOn());
        }
        previous.end(command.startsOn());
    }

    private static Optional<MentorAssignment> active(Session session, long studentId) {
        return session.createSelectionQuery("from MentorAssignment where studentId = :student and status = :active",
                        MentorAssignment.class)
                .setParameter("student", studentId)
                .setParameter("active", MentorStatus.ACTIVE)
                .uniqueResultOptional();
    }

    private static void lockStudent(Session session, CollegeContext context, long studentId) {
        List<?> rows = session.createNativeQuery("select id from student where college_id = :college and id = :id"
                        + " for update", Long.class)
                .setParameter("college", context.collegeId())
                .setParameter("id", studentId)
                .getResultList();
        if (rows.isEmpty()) {
            throw new NotFoundException("student", studentId);
        }
    }

    /** "T1/S001": how messages name an assignment (staff number, student number). */
    private static String label(Session session, CollegeContext context, MentorAssignment assignment) {
        return number(session, context, "select staff_number from teacher", assignment.teacherId()) + "/"
                + number(session, context, "select student_number from student", assignment.studentId());
    }

    private static String number(Session session, CollegeContext context, String select, long id) {
        return session.createNativeQuery(select + " where college_id = :college and id = :id", String.class)
                .setParameter("college", context.collegeId())
                .setParameter("id", id)
                .uniqueResultOptional().orElse(String.valueOf(id));
    }

    private static RuntimeException translate(NewMentorAssignment command, RuntimeException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConstraintViolationException violation && violation.getConstraintName() != null) {
                String name = violation.getConstraintName().toLowerCase(Locale.ROOT);
                if (name.contains("fk_mentor_assignment_teacher")) {
                    return new NotFoundException("teacher", command.teacherId());
                }
                if (name.contains("uq_mentor_assignment")) {
                    return new ConflictException("mentor.duplicate", e, String.valueOf(command.teacherId()),
                            String.valueOf(command.studentId()), command.startsOn());
                }
            }
        }
        return e;
    }

    private static ValidationException invalid(String field, String key, Object... args) {
        return new ValidationException(List.of(new ValidationException.FieldProblem(field, Messages.get(key, args))));
    }
}
