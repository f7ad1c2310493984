package org.studenthub.core.course;

import java.util.List;
import java.util.Optional;
import org.hibernate.Session;
import org.hibernate.query.SelectionQuery;
import org.studenthub.core.common.ConflictException;
import org.studenthub.core.common.NotFoundException;
import org.studenthub.core.common.Records;
import org.studenthub.core.common.Page;
import org.studenthub.core.common.PageRequest;
import org.studenthub.core.common.Validation;
import org.studenthub.core.db.Transactions;
import org.studenthub.core.department.Department;
import org.studenthub.core.security.Permission;
import org.studenthub.core.tenancy.CollegeContext;

/** Courses of one college: create, edit, retire and reinstate, find, and list page by page by code. */
public final class CourseService {
    static final String KIND = "course";

    private final Transactions transactions;

    public CourseService(Transactions transactions) {
        this.transactions = transactions;
    }

    public CourseView create(CollegeContext context, NewCourse command) {
        CollegeContext.requireCollegeWide(context, Permission.RECORDS_WRITE);
        Validation.check(command);
        return transactions.inCollege(context, session -> {
            if (session.find(Department.class, command.departmentId()) == null) {
                throw new NotFoundException("department", command.departmentId());
            }
            if (findByCode(session, command.code()).isPresent()) {
                throw new ConflictException("course.code.taken", command.code().strip());
            }
            Course course = new Course(command.departmentId(), command.code().strip(), command.title().strip(),
                    command.subject().strip(), command.credits());
            session.persist(course);
            session.flush();
            return course.toView();
        });
    }

    public CourseView update(CollegeContext context, long id, CourseChanges changes) {
        CollegeContext.requireCollegeWide(context, Permission.RECORDS_WRITE);
        Validation.check(changes);
        return transactions.inCollege(context, session -> {
            Course course = load(session, id, changes.expectedVersion());
            course.update(changes.title().strip(), changes.subject().strip(), changes.credits());
            session.flush();
            return course.toView();
        });
    }

    public CourseView changeStatus(CollegeContext context, long id, long expectedVersion, CourseStatus status) {
        CollegeContext.requireCollegeWide(context, Permission.RECORDS_WRITE);
        return transactions.inCollege(context, session -> {
            Course course = load(session, id, expectedVersion);
            course.changeStatus(status);
            session.flush();
            return course.toView();
        });
    }

    public CourseView get(CollegeContext context, long id) {
        CollegeContext.require(context, Permission.RECORDS_READ);
        return transactions.inCollege(context, session -> getOrThrow(session, id).toView());
    }

    public Optional<CourseView> findByCode(CollegeContext context, String code) {
        CollegeContext.require(context, Permission.RECORDS_READ);
        return transactions.inCollege(context, session -> findByCode(session, code).map(Course::toView));
    }

    /** One page of the college's courses ordered by code; the cursor is the last code of the page. */
    public Page<CourseView> list(CollegeContext context, PageRequest page) {
        CollegeContext.require(context, Permission.RECORDS_READ);
        Validation.check(page);
        return transactions.inCollege(context, session -> {
            SelectionQuery<Course> query = page.after() == null
                    ? session.createSelectionQuery("from Course order by code", Course.class)
                    : session.createSelectionQuery("from Course where code > :after order by code", Course.class)
                            .setParameter("after", page.after());
            List<Course> rows = query.setMaxResults(page.limit() + 1).getResultList();
            boolean more = rows.size() > page.limit();
            List<CourseView> items = rows.stream().limit(page.limit()).map(Course::toView).toList();
            return new Page<>(items, more ? items.get(items.size() - 1).code() : null);
        });
    }

    /** The course with this id in the session's college, or a not-found error; for other features' services. */
    public static Course getOrThrow(Session session, long id) {
        return Records.getOrThrow(session, Course.class, id, KIND);
    }

    private static Course load(Session session, long id, long expectedVersion) {
        return Records.atVersion(getOrThrow(session, id), expectedVersion, KIND, r -> r.toView().code());
    }

    private static Optional<Course> findByCode(Session session, String code) {
        return session.createSelectionQuery("from Course where code = :code", Course.class)
                .setParameter("code", code.strip())
                .uniqueResultOptional();
    }
}
