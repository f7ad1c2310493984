package org.studenthub.core.teacher;

import java.util.List;
import java.util.Optional;
import org.hibernate.Session;
import org.studenthub.core.calendar.CalendarService;
import org.studenthub.core.calendar.Term;
import org.studenthub.core.common.ConflictException;
import org.studenthub.core.common.Messages;
import org.studenthub.core.common.NotFoundException;
import org.studenthub.core.common.Validation;
import org.studenthub.core.common.ValidationException;
import org.studenthub.core.course.Course;
import org.studenthub.core.course.CourseService;
import org.studenthub.core.db.Transactions;
import org.studenthub.core.section.Section;
import org.studenthub.core.section.SectionService;
import org.studenthub.core.security.Permission;
import org.studenthub.core.tenancy.CollegeContext;

/** Who teaches which course to which section in which term: assign, end (never delete) and list. */
public final class TeachingAssignmentService {
    static final String KIND = "teaching assignment";

    private final Transactions transactions;

    public TeachingAssignmentService(Transactions transactions) {
        this.transactions = transactions;
    }

    /**
     * Assigns the teacher; an ended assignment of the same teacher, course, section and term is
     * resumed rather than duplicated. The term must belong to the section's academic year.
     */
    public TeachingAssignmentView assign(CollegeContext context, NewTeachingAssignment command) {
        CollegeContext.requireCollegeWide(context, Permission.RECORDS_WRITE);
        Validation.check(command);
        return transactions.inCollege(context, session -> {
            Teacher teacher = TeacherService.getOrThrow(session, command.teacherId());
            Course course = CourseService.getOrThrow(session, command.courseId());
            Section section = SectionService.getOrThrow(session, command.sectionId());
            Term term = CalendarService.getTermOrThrow(session, command.termId());
            if (!teacher.isEmployed()) {
                throw invalid("teacherId", "teaching.teacher.not_employed", teacher.getStaffNumber());
            }
            if (term.getAcademicYearId() != section.getAcademicYearId()) {
                throw invalid("termId", "teaching.term.other_year", term.getCode(), section.getCode());
            }
            Optional<TeachingAssignment> existing = find(session, command);
            if (existing.isPresent() && existing.get().status() == TeachingAssignmentStatus.ACTIVE) {
                throw new ConflictException("teaching.assignment.exists", teacher.getStaffNumber(), course.getCode(),
                        section.getCode(), term.getCode());
            }
            TeachingAssignment assignment = existing.orElseGet(() -> new TeachingAssignment(command.teacherId(),
                    command.courseId(), command.sectionId(), command.termId(), command.role()));
            if (existing.isPresent()) {
                assignment.resume(command.role());
            } else {
                session.persist(assignment);
            }
            session.flush();
            return assignment.toView();
        });
    }

    /** Ends the assignment; it stays in the history of the section and the teacher. */
    public TeachingAssignmentView end(CollegeContext context, long id, long expectedVersion) {
        CollegeContext.requireCollegeWide(context, Permission.RECORDS_WRITE);
        return transactions.inCollege(context, session -> {
            TeachingAssignment assignment = getOrThrow(session, id);
            if (assignment.getVersion() != expectedVersion) {
                throw ConflictException.staleRecord(KIND, describe(session, assignment.toView()), null);
            }
            assignment.end();
            session.flush();
            return assignment.toView();
        });
    }

    public TeachingAssignmentView get(CollegeContext context, long id) {
        CollegeContext.require(context, Permission.RECORDS_READ);
        return transactions.inCollege(context, session -> getOrThrow(session, id).toView());
    }

    /** Everyone assigned to teach a section in a term (active and ended), leads first. */
    public List<TeachingAssignmentView> listBySectionAndTerm(CollegeContext context, long sectionId, long termId) {
        CollegeContext.require(context, Permission.RECORDS_READ);
        return transactions.inCollege(context, session -> session
                .createSelectionQuery("from TeachingAssignment where sectionId = :section and termId = :term"
                        + " order by case when role = org.studenthub.core.teacher.TeachingRole.LEAD then 0 else 1 end,"
                        + " id", TeachingAssignment.class)
                .setParameter("section", sectionId).setParameter("term", termId)
                .getResultList().stream().map(TeachingAssignment::toView).toList());
    }

    /** Everything a teacher has been assigned to teach, most recent terms first. */
    public List<TeachingAssignmentView> listByTeacher(CollegeContext context, long teacherId) {
        CollegeContext.require(context, Permission.RECORDS_READ);
        return transactions.inCollege(context, session -> session
                .createSelectionQuery("from TeachingAssignment where teacherId = :teacher order by termId desc, id",
                        TeachingAssignment.class)
                .setParameter("teacher", teacherId)
                .getResultList().stream().map(TeachingAssignment::toView).toList());
    }

    private static TeachingAssignment getOrThrow(Session session, long id) {
        TeachingAssignment assignment = session.find(TeachingAssignment.class, id);
        if (assignment == null) {
            throw new NotFoundException(KIND, id);
        }
        return assignment;
    }

    private static Optional<TeachingAssignment> find(Session session, NewTeachingAssignment key) {
        return session.createSelectionQuery("from TeachingAssignment where teacherId = :teacher"
                        + " and courseId = :course and sectionId = :section and termId = :term",
                        TeachingAssignment.class)
                .setParameter("teacher", key.teacherId()).setParameter("course", key.courseId())
                .setParameter("section", key.sectionId()).setParameter("term", key.termId())
                .uniqueResultOptional();
    }

    /** Names an assignment the way users know it: staff number / course / section / term. */
    private static String describe(Session session, TeachingAssignmentView view) {
        return TeacherService.getOrThrow(session, view.teacherId()).getStaffNumber()
                + " / " + CourseService.getOrThrow(session, view.courseId()).getCode()
                + " / " + SectionService.getOrThrow(session, view.sectionId()).getCode()
                + " / " + CalendarService.getTermOrThrow(session, view.termId()).getCode();
    }

    private static ValidationException invalid(String field, String key, Object... args) {
        return new ValidationException(List.of(new ValidationException.FieldProblem(field, Messages.get(key, args))));
    }
}
