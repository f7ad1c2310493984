package org.studenthub.core.department;

import java.util.List;
import java.util.Optional;
import org.hibernate.Session;
import org.studenthub.core.common.ConflictException;
import org.studenthub.core.common.Records;
import org.studenthub.core.common.Validation;
import org.studenthub.core.db.Transactions;
import org.studenthub.core.security.Permission;
import org.studenthub.core.tenancy.CollegeContext;

/** Departments of one college: create, edit, close and reopen, find and list. */
public final class DepartmentService {
    static final String KIND = "department";

    private final Transactions transactions;

    public DepartmentService(Transactions transactions) {
        this.transactions = transactions;
    }

    public DepartmentView create(CollegeContext context, NewDepartment command) {
        CollegeContext.requireCollegeWide(context, Permission.RECORDS_WRITE);
        Validation.check(command);
        return transactions.inCollege(context, session -> {
            if (findByCode(session, command.code()).isPresent()) {
                throw new ConflictException("department.code.taken", command.code());
            }
            Department department = new Department(command.code().strip(), command.name().strip());
            session.persist(department);
            session.flush();
            return department.toView();
        });
    }

    public DepartmentView update(CollegeContext context, long id, DepartmentChanges changes) {
        CollegeContext.requireCollegeWide(context, Permission.RECORDS_WRITE);
        Validation.check(changes);
        return transactions.inCollege(context, session -> {
            Department department = load(session, id, changes.expectedVersion());
            department.rename(changes.name().strip());
            department.assignHead(changes.headTeacherId());
            session.flush();
            return department.toView();
        });
    }

    public DepartmentView changeStatus(CollegeContext context, long id, long expectedVersion, DepartmentStatus status) {
        CollegeContext.requireCollegeWide(context, Permission.RECORDS_WRITE);
        return transactions.inCollege(context, session -> {
            Department department = load(session, id, expectedVersion);
            department.changeStatus(status);
            session.flush();
            return department.toView();
        });
    }

    public DepartmentView get(CollegeContext context, long id) {
        CollegeContext.require(context, Permission.RECORDS_READ);
        return transactions.inCollege(context, session -> getOrThrow(session, id).toView());
    }

    public Optional<DepartmentView> findByCode(CollegeContext context, String code) {
        CollegeContext.require(context, Permission.RECORDS_READ);
        return transactions.inCollege(context, session -> findByCode(session, code).map(Department::toView));
    }

    /** All departments of the college (a college has tens, not thousands), by code. */
    public List<DepartmentView> list(CollegeContext context) {
        CollegeContext.require(context, Permission.RECORDS_READ);
        return transactions.inCollege(context, session -> session
                .createSelectionQuery("from Department order by code", Department.class)
                .getResultList().stream().map(Department::toView).toList());
    }

    private static Department getOrThrow(Session session, long id) {
        return Records.getOrThrow(session, Department.class, id, KIND);
    }

    private static Department load(Session session, long id, long expectedVersion) {
        return Records.atVersion(getOrThrow(session, id), expectedVersion, KIND, r -> r.toView().code());
    }

    private static Optional<Department> findByCode(Session session, String code) {
        return session.createSelectionQuery("from Department where code = :code", Department.class)
                .setParameter("code", code.strip())
                .uniqueResultOptional();
    }
}
