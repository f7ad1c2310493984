package org.studenthub.core.teacher;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.hibernate.Session;
import org.hibernate.query.SelectionQuery;
import org.studenthub.core.common.ConflictException;
import org.studenthub.core.common.Messages;
import org.studenthub.core.common.NameKeys;
import org.studenthub.core.common.NotFoundException;
import org.studenthub.core.common.Records;
import org.studenthub.core.common.Page;
import org.studenthub.core.common.PageRequest;
import org.studenthub.core.common.Validation;
import org.studenthub.core.common.ValidationException;
import org.studenthub.core.db.Transactions;
import org.studenthub.core.department.Department;
import org.studenthub.core.security.Permission;
import org.studenthub.core.tenancy.CollegeContext;

/**
 * Teachers of one college: record, edit, change status (never delete), find, and list page by page
 * in name order with an optional name prefix.
 */
public final class TeacherService {
    static final String KIND = "teacher";

    private final Transactions transactions;

    public TeacherService(Transactions transactions) {
        this.transactions = transactions;
    }

    public TeacherView create(CollegeContext context, NewTeacher command) {
        CollegeContext.requireCollegeWide(context, Permission.RECORDS_WRITE);
        Validation.check(command);
        return transactions.inCollege(context, session -> {
            requireDepartment(session, command.departmentId());
            if (findByStaffNumber(session, command.staffNumber()).isPresent()) {
                throw new ConflictException("teacher.staff_number.taken", command.staffNumber().strip());
            }
            Teacher teacher = new Teacher(command.staffNumber().strip());
            teacher.rename(command.givenName().strip(), command.familyName().strip());
            teacher.updateDetails(command.title(), command.email(), command.phone(),
                    command.departmentId(), command.hiredOn());
            session.persist(teacher);
            session.flush();
            return teacher.toView();
        });
    }

    public TeacherView update(CollegeContext context, long id, TeacherChanges changes) {
        CollegeContext.requireCollegeWide(context, Permission.RECORDS_WRITE);
        Validation.check(changes);
        return transactions.inCollege(context, session -> {
            Teacher teacher = load(session, id, changes.expectedVersion());
            requireDepartment(session, changes.departmentId());
            teacher.rename(changes.givenName().strip(), changes.familyName().strip());
            teacher.updateDetails(changes.title(), changes.email(), changes.phone(),
                    changes.departmentId(), changes.hiredOn());
            session.flush();
            return teacher.toView();
        });
    }

    public TeacherView changeStatus(CollegeContext context, long id, long expectedVersion, TeacherStatus status) {
        CollegeContext.requireCollegeWide(context, Permission.RECORDS_WRITE);
        return transactions.inCollege(context, session -> {
            Teacher teacher = load(session, id, expectedVersion);
            teacher.changeStatus(status);
            session.flush();
            return teacher.toView();
        });
    }

    public TeacherView get(CollegeContext context, long id) {
        CollegeContext.require(context, Permission.RECORDS_READ);
        return transactions.inCollege(context, session -> getOrThrow(session, id).toView());
    }

    public Optional<TeacherView> findByStaffNumber(CollegeContext context, String staffNumber) {
        CollegeContext.require(context, Permission.RECORDS_READ);
        return transactions.inCollege(context, session ->
                findByStaffNumber(session, staffNumber).map(Teacher::toView));
    }

    /**
     * One page of teachers ordered by name key then id. {@code namePrefix} (folded like names, so
     * accents and case do not matter; null or blank for all) must start the name key, which begins
     * with the family name.
     */
    public Page<TeacherView> search(CollegeContext context, String namePrefix, PageRequest page) {
        CollegeContext.require(context, Permission.RECORDS_READ);
        return find(context, namePrefix, false, null, page);
    }

    /**
     * One page of teachers ordered by name key then id, as a list screen searches them: {@code text}
     * (null or blank for all) starts either the name key (folded as above) or the staff number (any
     * case); {@code status} null means every status.
     */
    public Page<TeacherView> search(CollegeContext context, String text, TeacherStatus status, PageRequest page) {
        CollegeContext.require(context, Permission.RECORDS_READ);
        return find(context, text, true, status, page);
    }

    private Page<TeacherView> find(CollegeContext context, String text, boolean orStaffNumber, TeacherStatus status,
                                   PageRequest page) {
        Validation.check(page);
        TeacherCursor after = page.after() == null ? null : TeacherCursor.parse(page.after());
        String prefix = NameKeys.fold(text);
        String number = text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
        boolean byNumber = orStaffNumber && !number.isEmpty();
        String match = prefix.isEmpty() ? "" : "nameKey like :prefix";
        if (byNumber) {
            match = (match.isEmpty() ? "" : match + " or ") + "upper(staffNumber) like :number escape '!'";
        }
        String where = (match.isEmpty() ? "" : " and (" + match + ")")
                + (status == null ? "" : " and status = :status")
                + (after == null ? "" : " and (nameKey > :key or (nameKey = :key and id > :id))");
        return transactions.inCollege(context, session -> {
            SelectionQuery<Teacher> query = session.createSelectionQuery(
                    "from Teacher where 1 = 1" + where + " order by nameKey, id", Teacher.class);
            if (!prefix.isEmpty()) {
                query.setParameter("prefix", prefix + "%");
            }
            if (byNumber) {
                query.setParameter("number", number.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%");
            }
            if (status != null) {
                query.setParameter("status", status);
            }
            if (after != null) {
                query.setParameter("key", after.nameKey()).setParameter("id", after.id());
            }
            List<Teacher> rows = query.setMaxResults(page.limit() + 1).getResultList();
            List<TeacherView> items = rows.stream().limit(page.limit()).map(Teacher::toView).toList();
            String next = null;
            if (rows.size() > page.limit()) {
                TeacherView last = items.get(items.size() - 1);
                next = new TeacherCursor(last.nameKey(), last.id()).format();
            }
            return new Page<>(items, next);
        });
    }

    /** The teacher with this id in the session's college, or a not-found error; for other features' services. */
    public static Teacher getOrThrow(Session session, long id) {
        return Records.getOrThrow(session, Teacher.class, id, KIND);
    }

    private static void requireDepartment(Session session, long departmentId) {
        if (session.find(Department.class, departmentId) == null) {
            throw new NotFoundException("department", departmentId);
        }
    }

    private static Teacher load(Session session, long id, long expectedVersion) {
        return Records.atVersion(getOrThrow(session, id), expectedVersion, KIND, Teacher::getStaffNumber);
    }

    private static Optional<Teacher> findByStaffNumber(Session session, String staffNumber) {
        return session.createSelectionQuery("from Teacher where staffNumber = :number", Teacher.class)
                .setParameter("number", staffNumber.strip())
                .uniqueResultOptional();
    }

    static String optional(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** Position after the last row of a page: its name key and id, written as {@code id:nameKey}. */
    record TeacherCursor(String nameKey, long id) {
        String format() {
            return id + ":" + nameKey;
        }

        static TeacherCursor parse(String cursor) {
            int colon = cursor.indexOf(':');
            try {
                return new TeacherCursor(cursor.substring(colon + 1), Long.parseLong(cursor.substring(0, colon)));
            } catch (RuntimeException e) {
                throw new ValidationException(List.of(new ValidationException.FieldProblem("after",
                        Messages.get("paging.cursor.invalid", cursor))));
            }
        }
    }
}
