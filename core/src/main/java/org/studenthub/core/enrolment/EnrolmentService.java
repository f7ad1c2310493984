package org.studenthub.core.enrolment;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.hibernate.Session;
import org.hibernate.exception.ConstraintViolationException;
import org.studenthub.core.common.ConflictException;
import org.studenthub.core.common.Messages;
import org.studenthub.core.common.NotFoundException;
import org.studenthub.core.common.Validation;
import org.studenthub.core.common.ValidationException;
import org.studenthub.core.db.Transactions;
import org.studenthub.core.security.Permission;
import org.studenthub.core.security.StudentScope;
import org.studenthub.core.tenancy.CollegeContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Enrolments of students in sections and terms: enrol, change status (never delete), list per
 * student and page per section and term. Callers reach only the enrolments of students in their scope.
 */
public final class EnrolmentService {
    static final String KIND = "enrolment";
    /** Largest page {@link #listBySectionAndTerm} returns. */
    public static final int MAX_PAGE = 500;

    private static final Logger LOG = LoggerFactory.getLogger(EnrolmentService.class);

    private final Transactions transactions;

    public EnrolmentService(Transactions transactions) {
        this.transactions = transactions;
    }

    /**
     * Enrols a student. A second enrolment of the same student in the same section and term is a
     * conflict naming the student number and term code; references to records of another college
     * (or to none) fail with a not-found error naming the reference.
     */
    public EnrolmentView enrol(CollegeContext context, NewEnrolment command) {
        CollegeContext.require(context, Permission.STUDENT_WRITE);
        Validation.check(command);
        StudentScope scope = StudentScope.of(context, Permission.STUDENT_WRITE);
        return transactions.inCollege(context, session -> {
            scope.check(session, command.studentId());
            if (exists(session, command)) {
                throw duplicate(session, context, command.studentId(), command.termId(), null);
            }
            Enrolment enrolment = new Enrolment(command);
            try {
                session.persist(enrolment);
                session.flush();
            } catch (RuntimeException e) {
                throw translate(command, e);
            }
            LOG.debug("Enrolled student {} in section {} term {}", command.studentId(), command.sectionId(),
                    command.termId());
            return enrolment.toView();
        });
    }

    /**
     * Changes the status of an enrolment. Leaving ENROLLED sets {@code ended_on} to
     * {@code effectiveOn} (which must not precede the enrolment date); moving between ended statuses
     * keeps the original end date; returning to ENROLLED clears it. Enrolments are never deleted.
     */
    public EnrolmentView changeStatus(CollegeContext context, long id, long expectedVersion,
                                      EnrolmentStatus status, LocalDate effectiveOn) {
        CollegeContext.require(context, Permission.STUDENT_WRITE);
        if (status == null) {
            throw invalid("status", "enrolment.status.required");
        }
        StudentScope scope = StudentScope.of(context, Permission.STUDENT_WRITE);
        return transactions.inCollege(context, session -> {
            Enrolment enrolment = getOrThrow(session, id);
            scope.check(session, enrolment.studentId());
            if (enrolment.getVersion() != expectedVersion) {
                throw ConflictException.staleRecord(KIND, label(session, context, enrolment), null);
            }
            if (status != EnrolmentStatus.ENROLLED
                    && (effectiveOn == null || effectiveOn.isBefore(enrolment.enrolledOn()))) {
                throw invalid("effectiveOn", "enrolment.ended_on.before_enrolled", enrolment.enrolledOn());
            }
            enrolment.changeStatus(status, effectiveOn);
            session.flush();
            return enrolment.toView();
        });
    }

    public EnrolmentView get(CollegeContext context, long id) {
        CollegeContext.require(context, Permission.STUDENT_READ);
        StudentScope scope = StudentScope.of(context, Permission.STUDENT_READ);
        return transactions.inCollege(context, session -> {
            Enrolment enrolment = getOrThrow(session, id);
            scope.check(session, enrolment.studentId());
            return enrolment.toView();
        });
    }

    /** Every enrolment of one student (a student has tens at most), oldest first. */
    public List<EnrolmentView> listByStudent(CollegeContext context, long studentId) {
        CollegeContext.require(context, Permission.STUDENT_READ);
        StudentScope scope = StudentScope.of(context, Permission.STUDENT_READ);
        return transactions.inCollege(context, session -> {
            scope.check(session, studentId);
            return session.createSelectionQuery("from Enrolment where studentId = :student order by enrolledOn, id",
                            Enrolment.class)
                    .setParameter("student", studentId)
                    .getResultList().stream().map(Enrolment::toView).toList();
        });
    }

    /**
     * One page of the enrolments of a section in a term, in id order (keyset paging); only those of
     * students in the caller's scope.
     *
     * @param afterId null for the first page, else {@link EnrolmentPage#nextAfterId()} of the previous page
     * @param limit   page size, 1 to {@link #MAX_PAGE}
     */
    public EnrolmentPage listBySectionAndTerm(CollegeContext context, long sectionId, long termId, Long afterId,
                                              int limit) {
        CollegeContext.require(context, Permission.STUDENT_READ);
        int size = checkLimit(limit);
        StudentScope scope = StudentScope.of(context, Permission.STUDENT_READ);
        return transactions.inCollege(context, session -> {
            List<Enrolment> rows = scope.bind(session.createSelectionQuery(
                            "from Enrolment e where e.sectionId = :section and e.termId = :term and e.id > :after"
                                    + " and " + scope.hql("e.studentId") + " order by e.id",
                            Enrolment.class))
                    .setParameter("section", sectionId)
                    .setParameter("term", termId)
                    .setParameter("after", afterId == null ? 0L : afterId)
                    .setMaxResults(size + 1)
                    .getResultList();
            boolean more = rows.size() > size;
            List<EnrolmentView> items = rows.stream().limit(size).map(Enrolment::toView).toList();
            return new EnrolmentPage(items, more ? items.get(items.size() - 1).id() : null);
        });
    }

    /**
     * How many enrolments (any status) a section has in a term, counted in the database; only those of
     * students in the caller's scope, like {@link #listBySectionAndTerm}.
     */
    public long countBySectionAndTerm(CollegeContext context, long sectionId, long termId) {
        CollegeContext.require(context, Permission.STUDENT_READ);
        StudentScope scope = StudentScope.of(context, Permission.STUDENT_READ);
        return transactions.inCollege(context, session -> scope.bind(session
                .createSelectionQuery("select count(e) from Enrolment e"
                                + " where e.sectionId = :section and e.termId = :term and " + scope.hql("e.studentId"),
                        Long.class))
                .setParameter("section", sectionId)
                .setParameter("term", termId)
                .getSingleResult());
    }

    /**
     * One page of the students enrolled (in any status) in a section for a term, with their numbers and names,
     * by student number (keyset paging); only students in the caller's scope. Not audited as a profile read:
     * it shows what the class list shows.
     *
     * @param afterNumber null for the first page, else {@link EnrolledStudentPage#nextAfterNumber()}
     * @param limit       page size, 1 to {@link #MAX_PAGE}
     */
    public EnrolledStudentPage listStudentsBySectionAndTerm(CollegeContext context, long sectionId, long termId,
                                                            String afterNumber, int limit) {
        CollegeContext.require(context, Permission.STUDENT_READ);
        int size = checkLimit(limit);
        StudentScope scope = StudentScope.of(context, Permission.STUDENT_READ);
        return transactions.inCollege(context, session -> {
            List<Object[]> rows = scope.bind(session.createSelectionQuery(
                            "select e, s.studentNumber, s.givenName, s.familyName from Enrolment e"
                                    + " join Student s on s.id = e.studentId"
                                    + " where e.sectionId = :section and e.termId = :term and s.studentNumber > :after"
                                    + " and " + scope.hql("e.studentId") + " order by s.studentNumber",
                            Object[].class))
                    .setParameter("section", sectionId)
                    .setParameter("term", termId)
                    .setParameter("after", afterNumber == null ? "" : afterNumber)
                    .setMaxResults(size + 1)
                    .getResultList();
            List<EnrolledStudent> items = rows.stream().limit(size).map(row -> new EnrolledStudent(
                    ((Enrolment) row[0]).toView(), (String) row[1], (String) row[2], (String) row[3])).toList();
            return new EnrolledStudentPage(items, rows.size() > size ? items.get(size - 1).studentNumber() : null);
        });
    }

    static int checkLimit(int limit) {
        if (limit < 1 || limit > MAX_PAGE) {
            throw invalid("limit", "paging.limit.range", MAX_PAGE);
        }
        return limit;
    }

    private static ValidationException invalid(String field, String key, Object... args) {
        return new ValidationException(List.of(new ValidationException.FieldProblem(field, Messages.get(key, args))));
    }

    private static boolean exists(Session session, NewEnrolment command) {
        return session.createSelectionQuery("select count(e) from Enrolment e where e.studentId = :student"
                        + " and e.sectionId = :section and e.termId = :term", Long.class)
                .setParameter("student", command.studentId())
                .setParameter("section", command.sectionId())
                .setParameter("term", command.termId())
                .getSingleResult() > 0;
    }

    private static Enrolment getOrThrow(Session session, long id) {
        Enrolment enrolment = session.find(Enrolment.class, id);
        if (enrolment == null) {
            throw new NotFoundException(KIND, id);
        }
        return enrolment;
    }

    private static RuntimeException translate(NewEnrolment command, RuntimeException e) {
        String constraint = violatedConstraint(e);
        if (constraint == null) {
            return e;
        }
        return switch (constraint) {
            case "fk_enrolment_student" -> new NotFoundException("student", command.studentId());
            case "fk_enrolment_programme" -> new NotFoundException("programme", command.programmeId());
            case "fk_enrolment_section" -> new NotFoundException("section", command.sectionId());
            case "fk_enrolment_term" -> new NotFoundException("term", command.termId());
            // the transaction is aborted after the failed insert: name the records by id
            case "uq_enrolment" -> new ConflictException("enrolment.duplicate", e, String.valueOf(command.studentId()),
                    String.valueOf(command.termId()));
            default -> e;
        };
    }

    /** The lower-case name of the schema constraint a write violated, or null. */
    static String violatedConstraint(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConstraintViolationException violation && violation.getConstraintName() != null) {
                String name = violation.getConstraintName().toLowerCase(Locale.ROOT);
                int start = name.indexOf("fk_") >= 0 ? name.indexOf("fk_") : name.indexOf("uq_");
                return start < 0 ? name : name.substring(start).split("[^a-z0-9_]")[0];
            }
        }
        return null;
    }

    private static ConflictException duplicate(Session session, CollegeContext context, long studentId, long termId,
                                               Throwable cause) {
        return new ConflictException("enrolment.duplicate", cause, studentNumber(session, context, studentId),
                termCode(session, context, termId));
    }

    /** "S001/2026-T1": how messages name an enrolment (student number, term code). */
    private static String label(Session session, CollegeContext context, Enrolment enrolment) {
        return studentNumber(session, context, enrolment.studentId()) + "/"
                + termCode(session, context, enrolment.termId());
    }

    private static String studentNumber(Session session, CollegeContext context, long studentId) {
        return session.createNativeQuery("select student_number from student where college_id = :college and id = :id",
                        String.class)
                .setParameter("college", context.collegeId())
                .setParameter("id", studentId)
                .uniqueResultOptional().orElse(String.valueOf(studentId));
    }

    private static String termCode(Session session, CollegeContext context, long termId) {
        return session.createNativeQuery("select code from term where college_id = :college and id = :id", String.class)
                .setParameter("college", context.collegeId())
                .setParameter("id", termId)
                .uniqueResultOptional().orElse(String.valueOf(termId));
    }
}
