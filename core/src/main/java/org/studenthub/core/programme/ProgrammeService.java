package org.studenthub.core.programme;

import java.util.List;
import java.util.Optional;
import org.hibernate.Session;
import org.studenthub.core.common.ConflictException;
import org.studenthub.core.common.Messages;
import org.studenthub.core.common.NotFoundException;
import org.studenthub.core.common.Records;
import org.studenthub.core.common.Validation;
import org.studenthub.core.common.ValidationException;
import org.studenthub.core.db.Transactions;
import org.studenthub.core.department.Department;
import org.studenthub.core.security.Permission;
import org.studenthub.core.tenancy.CollegeContext;

/** Programmes of one college: create, edit, close and reopen, find and list. */
public final class ProgrammeService {
    static final String KIND = "programme";

    private final Transactions transactions;

    public ProgrammeService(Transactions transactions) {
        this.transactions = transactions;
    }

    public ProgrammeView create(CollegeContext context, NewProgramme command) {
        CollegeContext.requireCollegeWide(context, Permission.RECORDS_WRITE);
        Validation.check(command);
        return transactions.inCollege(context, session -> {
            requireDepartment(session, command.departmentId());
            if (findByCode(session, command.code()).isPresent()) {
                throw new ConflictException("programme.code.taken", command.code().strip());
            }
            Programme programme = new Programme(command.departmentId(), command.code().strip(),
                    command.name().strip(), command.degree().strip(), command.level(), command.durationYears(),
                    command.credits());
            session.persist(programme);
            session.flush();
            return programme.toView();
        });
    }

    public ProgrammeView update(CollegeContext context, long id, ProgrammeChanges changes) {
        CollegeContext.requireCollegeWide(context, Permission.RECORDS_WRITE);
        Validation.check(changes);
        return transactions.inCollege(context, session -> {
            Programme programme = load(session, id, changes.expectedVersion());
            Integer highestSectionYear = session.createSelectionQuery(
                            "select max(yearOfStudy) from Section where programmeId = :id", Integer.class)
                    .setParameter("id", id).getSingleResult();
            if (highestSectionYear != null && highestSectionYear > changes.durationYears()) {
                throw new ValidationException(List.of(new ValidationException.FieldProblem("durationYears",
                        Messages.get("programme.duration.below_sections", highestSectionYear))));
            }
            programme.update(changes.name().strip(), changes.degree().strip(), changes.level(),
                    changes.durationYears(), changes.credits());
            session.flush();
            return programme.toView();
        });
    }

    public ProgrammeView changeStatus(CollegeContext context, long id, long expectedVersion, ProgrammeStatus status) {
        CollegeContext.requireCollegeWide(context, Permission.RECORDS_WRITE);
        return transactions.inCollege(context, session -> {
            Programme programme = load(session, id, expectedVersion);
            programme.changeStatus(status);
            session.flush();
            return programme.toView();
        });
    }

    public ProgrammeView get(CollegeContext context, long id) {
        CollegeContext.require(context, Permission.RECORDS_READ);
        return transactions.inCollege(context, session -> getOrThrow(session, id).toView());
    }

    public Optional<ProgrammeView> findByCode(CollegeContext context, String code) {
        CollegeContext.require(context, Permission.RECORDS_READ);
        return transactions.inCollege(context, session -> findByCode(session, code).map(Programme::toView));
    }

    /** All programmes of the college (tens, not thousands), by code. */
    public List<ProgrammeView> list(CollegeContext context) {
        CollegeContext.require(context, Permission.RECORDS_READ);
        return transactions.inCollege(context, session -> session
                .createSelectionQuery("from Programme order by code", Programme.class)
                .getResultList().stream().map(Programme::toView).toList());
    }

    /** The programmes of one department, by code. */
    public List<ProgrammeView> listByDepartment(CollegeContext context, long departmentId) {
        CollegeContext.require(context, Permission.RECORDS_READ);
        return transactions.inCollege(context, session -> session
                .createSelectionQuery("from Programme where departmentId = :department order by code", Programme.class)
                .setParameter("department", departmentId)
                .getResultList().stream().map(Programme::toView).toList());
    }

    /** The programme with this id in the session's college, or a not-found error; for other features' services. */
    public static Programme getOrThrow(Session session, long id) {
        return Records.getOrThrow(session, Programme.class, id, KIND);
    }

    private static void requireDepartment(Session session, long departmentId) {
        if (session.find(Department.class, departmentId) == null) {
            throw new NotFoundException("department", departmentId);
        }
    }

    private static Programme load(Session session, long id, long expectedVersion) {
        return Records.atVersion(getOrThrow(session, id), expectedVersion, KIND, r -> r.toView().code());
    }

    private static Optional<Programme> findByCode(Session session, String code) {
        return session.createSelectionQuery("from Programme where code = :code", Programme.class)
                .setParameter("code", code.strip())
                .uniqueResultOptional();
    }
}
