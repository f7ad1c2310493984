package org.studenthub.core.student;

import java.util.List;
import java.util.Optional;
import org.hibernate.Session;
import org.studenthub.core.common.ConflictException;
import org.studenthub.core.common.NotFoundException;
import org.studenthub.core.common.Records;
import org.studenthub.core.common.Validation;
import org.studenthub.core.common.ValidationException;
import org.studenthub.core.common.Messages;
import org.studenthub.core.db.Transactions;
import org.studenthub.core.student.search.StudentSearchIndexer;
import org.studenthub.core.tenancy.CollegeContext;

/**
 * Students of one college: admit, edit, change status, move between sections, find. Students are
 * never deleted. Every change of names updates the search structures in the same transaction.
 */
public final class StudentService {
    static final String KIND = "student";

    private final Transactions transactions;

    public StudentService(Transactions transactions) {
        this.transactions = transactions;
    }

    public StudentView create(CollegeContext context, NewStudent command) {
        Validation.check(command);
        return transactions.inCollege(context, session -> {
            if (findByNumber(session, command.studentNumber()).isPresent()) {
                throw new ConflictException("student.number.taken", command.studentNumber().strip());
            }
            Student student = new Student(command);
            session.persist(student);
            session.flush();
            index(session, context.collegeId(), student);
            return student.toView();
        });
    }

    public StudentView update(CollegeContext context, long id, StudentChanges changes) {
        Validation.check(changes);
        return transactions.inCollege(context, session -> {
            Student student = load(session, id, changes.expectedVersion());
            if (changes.dateOfBirth() != null && !changes.dateOfBirth().isBefore(student.admissionDate())) {
                throw new ValidationException(List.of(new ValidationException.FieldProblem("dateOfBirth",
                        Messages.get("student.birth.before_admission.detail", student.admissionDate()))));
            }
            boolean renamed = student.apply(changes);
            session.flush();
            if (renamed) {
                index(session, context.collegeId(), student);
            }
            return student.toView();
        });
    }

    public StudentView changeStatus(CollegeContext context, long id, long expectedVersion, StudentStatus status) {
        return transactions.inCollege(context, session -> {
            Student student = load(session, id, expectedVersion);
            student.changeStatus(status);
            session.flush();
            return student.toView();
        });
    }

    /** Places the student in {@code sectionId}, or in no section when it is null. */
    public StudentView moveToSection(CollegeContext context, long id, long expectedVersion, Long sectionId) {
        return transactions.inCollege(context, session -> {
            Student student = load(session, id, expectedVersion);
            student.moveToSection(sectionId);
            session.flush();
            return student.toView();
        });
    }

    public StudentView get(CollegeContext context, long id) {
        return transactions.inCollege(context, session -> getOrThrow(session, id).toView());
    }

    /** The student with this number; {@link NotFoundException} naming the number otherwise. */
    public StudentView getByNumber(CollegeContext context, String studentNumber) {
        return transactions.inCollege(context, session -> findByNumber(session, studentNumber)
                .orElseThrow(() -> new NotFoundException(KIND, studentNumber)).toView());
    }

    private static void index(Session session, long collegeId, Student student) {
        session.doWork(connection -> StudentSearchIndexer.index(connection, collegeId, List.of(student.getId())));
    }

    static Student getOrThrow(Session session, long id) {
        return Records.getOrThrow(session, Student.class, id, KIND);
    }

    private static Student load(Session session, long id, long expectedVersion) {
        return Records.atVersion(getOrThrow(session, id), expectedVersion, KIND, Student::studentNumber);
    }

    private static Optional<Student> findByNumber(Session session, String number) {
        return session.createSelectionQuery("from Student where studentNumber = :number", Student.class)
                .setParameter("number", number == null ? "" : number.strip())
                .uniqueResultOptional();
    }
}
