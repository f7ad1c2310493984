package org.studenthub.core.student;

import java.util.List;
import java.util.Optional;
import org.hibernate.Session;
import org.studenthub.core.audit.Audit;
import org.studenthub.core.common.ConflictException;
import org.studenthub.core.common.NotFoundException;
import org.studenthub.core.common.Records;
import org.studenthub.core.common.Validation;
import org.studenthub.core.common.ValidationException;
import org.studenthub.core.common.Messages;
import org.studenthub.core.db.Transactions;
import org.studenthub.core.security.Permission;
import org.studenthub.core.security.StudentScope;
import org.studenthub.core.student.search.StudentSearchIndexer;
import org.studenthub.core.tenancy.CollegeContext;

/**
 * Students of one college: admit, edit, change status, move between sections, find. Students are
 * never deleted. Every change of names updates the search structures in the same transaction.
 * Callers reach only the students in the scope of their STUDENT_READ or STUDENT_WRITE permission; a
 * change must leave the student in the writer's scope (a section-scoped writer cannot move a student
 * out of the section).
 */
public final class StudentService {
    static final String KIND = "student";

    private final Transactions transactions;

    public StudentService(Transactions transactions) {
        this.transactions = transactions;
    }

    public StudentView create(CollegeContext context, NewStudent command) {
        CollegeContext.require(context, Permission.STUDENT_WRITE);
        Validation.check(command);
        StudentScope scope = StudentScope.of(context, Permission.STUDENT_WRITE);
        return transactions.inCollege(context, session -> {
            if (findByNumber(session, command.studentNumber()).isPresent()) {
                throw new ConflictException("student.number.taken", command.studentNumber().strip());
            }
            Student student = new Student(command);
            session.persist(student);
            session.flush();
            scope.check(session, student.getId());
            index(session, context.collegeId(), student);
            return student.toView();
        });
    }

    public StudentView update(CollegeContext context, long id, StudentChanges changes) {
        CollegeContext.require(context, Permission.STUDENT_WRITE);
        Validation.check(changes);
        StudentScope scope = StudentScope.of(context, Permission.STUDENT_WRITE);
        return transactions.inCollege(context, session -> {
            Student student = load(session, scope, id, changes.expectedVersion());
            if (changes.dateOfBirth() != null && !changes.dateOfBirth().isBefore(student.admissionDate())) {
                throw new ValidationException(List.of(new ValidationException.FieldProblem("dateOfBirth",
                        Messages.get("student.birth.before_admission.detail", student.admissionDate()))));
            }
            boolean renamed = student.apply(changes);
            session.flush();
            scope.check(session, id);
            if (renamed) {
                index(session, context.collegeId(), student);
            }
            return student.toView();
        });
    }

    public StudentView changeStatus(CollegeContext context, long id, long expectedVersion, StudentStatus status) {
        CollegeContext.require(context, Permission.STUDENT_WRITE);
        StudentScope scope = StudentScope.of(context, Permission.STUDENT_WRITE);
        return transactions.inCollege(context, session -> {
            Student student = load(session, scope, id, expectedVersion);
            student.changeStatus(status);
            session.flush();
            return student.toView();
        });
    }

    /** Places the student in {@code sectionId}, or in no section when it is null. */
    public StudentView moveToSection(CollegeContext context, long id, long expectedVersion, Long sectionId) {
        CollegeContext.require(context, Permission.STUDENT_WRITE);
        StudentScope scope = StudentScope.of(context, Permission.STUDENT_WRITE);
        return transactions.inCollege(context, session -> {
            Student student = load(session, scope, id, expectedVersion);
            student.moveToSection(sectionId);
            session.flush();
            scope.check(session, id);
            return student.toView();
        });
    }

    public StudentView get(CollegeContext context, long id) {
        CollegeContext.require(context, Permission.STUDENT_READ);
        StudentScope scope = StudentScope.of(context, Permission.STUDENT_READ);
        return transactions.inCollege(context, session -> {
            Student student = getOrThrow(session, id);
            scope.check(session, id);
            return viewed(session, context, student);
        });
    }

    /** The student with this number; {@link NotFoundException} naming the number otherwise. */
    public StudentView getByNumber(CollegeContext context, String studentNumber) {
        CollegeContext.require(context, Permission.STUDENT_READ);
        StudentScope scope = StudentScope.of(context, Permission.STUDENT_READ);
        return transactions.inCollege(context, session -> {
            Student student = findByNumber(session, studentNumber)
                    .orElseThrow(() -> new NotFoundException(KIND, studentNumber));
            scope.check(session, student.getId());
            return viewed(session, context, student);
        });
    }

    /** A full profile read is audited (on both databases). */
    private static StudentView viewed(Session session, CollegeContext context, Student student) {
        Audit.viewed(session, context, "student", student.getId());
        return student.toView();
    }

    private static void index(Session session, long collegeId, Student student) {
        session.doWork(connection -> StudentSearchIndexer.index(connection, collegeId, List.of(student.getId())));
    }

    static Student getOrThrow(Session session, long id) {
        return Records.getOrThrow(session, Student.class, id, KIND);
    }

    /** The student, checked to be in scope before its version is compared (a conflict names it). */
    private static Student load(Session session, StudentScope scope, long id, long expectedVersion) {
        Student student = getOrThrow(session, id);
        scope.check(session, id);
        return Records.atVersion(student, expectedVersion, KIND, Student::studentNumber);
    }

    private static Optional<Student> findByNumber(Session session, String number) {
        return session.createSelectionQuery("from Student where studentNumber = :number", Student.class)
                .setParameter("number", number == null ? "" : number.strip())
                .uniqueResultOptional();
    }
}
