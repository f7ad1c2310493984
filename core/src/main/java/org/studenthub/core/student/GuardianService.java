package org.studenthub.core.student;

import java.util.List;
import org.hibernate.Session;
import org.studenthub.core.common.ConflictException;
import org.studenthub.core.common.NotFoundException;
import org.studenthub.core.common.Validation;
import org.studenthub.core.db.Transactions;
import org.studenthub.core.security.Permission;
import org.studenthub.core.security.StudentScope;
import org.studenthub.core.tenancy.CollegeContext;

/** Guardians of students: add, edit, deactivate (never delete), list per student; within the caller's scope. */
public final class GuardianService {
    static final String KIND = "guardian";

    private final Transactions transactions;

    public GuardianService(Transactions transactions) {
        this.transactions = transactions;
    }

    public GuardianView add(CollegeContext context, long studentId, GuardianDetails details) {
        CollegeContext.require(context, Permission.STUDENT_WRITE);
        Validation.check(details);
        StudentScope scope = StudentScope.of(context, Permission.STUDENT_WRITE);
        return transactions.inCollege(context, session -> {
            StudentService.getOrThrow(session, studentId);
            scope.check(session, studentId);
            Guardian guardian = new Guardian(studentId, details);
            if (details.primaryContact()) {
                clearOtherPrimaries(session, studentId, null);
            }
            session.persist(guardian);
            session.flush();
            return guardian.toView();
        });
    }

    public GuardianView update(CollegeContext context, long guardianId, GuardianDetails details) {
        CollegeContext.require(context, Permission.STUDENT_WRITE);
        Validation.check(details);
        StudentScope scope = StudentScope.of(context, Permission.STUDENT_WRITE);
        return transactions.inCollege(context, session -> {
            Guardian guardian = load(session, scope, guardianId, details.expectedVersion());
            guardian.apply(details);
            if (details.primaryContact()) {
                clearOtherPrimaries(session, guardian.studentId(), guardianId);
            }
            session.flush();
            return guardian.toView();
        });
    }

    public GuardianView deactivate(CollegeContext context, long guardianId, long expectedVersion) {
        CollegeContext.require(context, Permission.STUDENT_WRITE);
        StudentScope scope = StudentScope.of(context, Permission.STUDENT_WRITE);
        return transactions.inCollege(context, session -> {
            Guardian guardian = load(session, scope, guardianId, expectedVersion);
            guardian.deactivate();
            session.flush();
            return guardian.toView();
        });
    }

    /** The student's guardians (a handful), primary contact first, then active ones, by family name. */
    public List<GuardianView> listForStudent(CollegeContext context, long studentId) {
        CollegeContext.require(context, Permission.STUDENT_READ);
        StudentScope scope = StudentScope.of(context, Permission.STUDENT_READ);
        return transactions.inCollege(context, session -> {
            scope.check(session, studentId);
            return session.createSelectionQuery("from Guardian where studentId = :student"
                            + " order by primaryContact desc, status, familyName, givenName, id", Guardian.class)
                    .setParameter("student", studentId)
                    .getResultList().stream().map(Guardian::toView).toList();
        });
    }

    private static void clearOtherPrimaries(Session session, long studentId, Long keep) {
        session.createSelectionQuery("from Guardian where studentId = :student and primaryContact = true",
                        Guardian.class)
                .setParameter("student", studentId)
                .getResultList().stream()
                .filter(g -> keep == null || !keep.equals(g.getId()))
                .forEach(Guardian::clearPrimaryContact);
    }

    /** The guardian, checked to be in the scope of its student before its version is compared. */
    private static Guardian load(Session session, StudentScope scope, long id, long expectedVersion) {
        Guardian guardian = session.find(Guardian.class, id);
        if (guardian == null) {
            throw new NotFoundException(KIND, id);
        }
        scope.check(session, guardian.studentId());
        if (guardian.getVersion() != expectedVersion) {
            GuardianView view = guardian.toView();
            throw ConflictException.staleRecord(KIND, view.givenName() + " " + view.familyName(), null);
        }
        return guardian;
    }
}
