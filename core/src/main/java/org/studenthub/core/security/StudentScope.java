package org.studenthub.core.security;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.hibernate.Session;
import org.hibernate.query.SelectionQuery;
import org.studenthub.core.common.NotFoundException;
import org.studenthub.core.db.Sql;
import org.studenthub.core.tenancy.CollegeContext;

/**
 * The students one permission of the caller reaches: the union of the scopes the caller holds it at.
 * COLLEGE reaches every student; DEPARTMENT d the students whose programme belongs to d; SECTION s the
 * students whose current section is s; ASSIGNED the students with an ACTIVE mentor assignment to the
 * caller's teacher record; SELF only the caller's own student record. A section is reached at COLLEGE
 * scope, at the scope of its programme's department, or at its own SECTION scope.
 *
 * <p>Services ask it to check one record ({@link #check}, {@link #checkSection}) or to restrict a
 * query ({@link #sql}, {@link #hql}), so lists are filtered by the database and keep keyset paging.
 * At COLLEGE scope nothing is queried and every condition is {@code 1 = 1}.
 */
public final class StudentScope {
    private final long collegeId;
    private final String actor;
    private final Permission permission;
    private final boolean everyone;
    private final Set<Long> departments = new TreeSet<>();
    private final Set<Long> sections = new TreeSet<>();
    private final Long mentor;
    private final Long self;

    private StudentScope(CollegeContext context, Permission permission) {
        Access access = context.access();
        Set<Scope> scopes = access.scopes(permission);
        this.collegeId = context.collegeId();
        this.actor = context.actor();
        this.permission = permission;
        this.everyone = scopes.contains(Scope.COLLEGE);
        scopes.stream().filter(s -> s.kind() == ScopeKind.DEPARTMENT).forEach(s -> departments.add(s.id()));
        scopes.stream().filter(s -> s.kind() == ScopeKind.SECTION).forEach(s -> sections.add(s.id()));
        this.mentor = scopes.contains(Scope.ASSIGNED) ? access.teacherId().orElse(null) : null;
        this.self = scopes.contains(Scope.SELF) ? access.studentId().orElse(null) : null;
    }

    /** Where the caller's {@code permission} reaches (nowhere when it is not held). */
    public static StudentScope of(CollegeContext context, Permission permission) {
        return new StudentScope(context, permission);
    }

    /** True when every student of the college is reached. */
    public boolean collegeWide() {
        return everyone;
    }

    /**
     * True when only a few students are reached: sections, mentees or oneself, without COLLEGE or
     * DEPARTMENT scope. A query does best to start from them rather than walk the whole college's index.
     */
    public boolean fewStudents() {
        return !everyone && departments.isEmpty();
    }

    /**
     * Refuses with {@link AccessDeniedException#outOfScope} naming the student unless it is reached. Below
     * COLLEGE scope a missing student is a {@link NotFoundException}; at COLLEGE scope nothing is read.
     * Pending changes of the session are flushed first, so a write can be checked after it is made.
     */
    public void check(Session session, long studentId) {
        if (!everyone) {
            session.flush();
            session.doWork(connection -> check(connection, studentId));
        }
    }

    /** {@link #check(Session, long)} for JDBC work in the caller's transaction. */
    public void check(Connection connection, long studentId) throws SQLException {
        if (everyone) {
            return;
        }
        List<Object> parameters = new ArrayList<>();
        String reached = sql("s", parameters);
        parameters.add(collegeId);
        parameters.add(studentId);
        String select = "SELECT s.student_number, CASE WHEN " + reached + " THEN 1 ELSE 0 END FROM student s"
                + " WHERE s.college_id = ? AND s.id = ?";
        try (PreparedStatement statement = Sql.prepare(connection, select, parameters);
             ResultSet rs = statement.executeQuery()) {
            if (!rs.next()) {
                throw new NotFoundException("student", studentId);
            }
            if (rs.getInt(2) == 0) {
                throw AccessDeniedException.outOfScope(permission, actor, "student \"" + rs.getString(1) + "\"");
            }
        }
    }

    /**
     * Refuses unless the section is reached (COLLEGE, its department or itself): students' scopes
     * (ASSIGNED, SELF) never reach a whole section. Below COLLEGE scope a missing section is a
     * {@link NotFoundException}.
     */
    public void checkSection(Session session, long sectionId) {
        if (everyone || sections.contains(sectionId)) {
            return;
        }
        session.doWork(connection -> {
            try (PreparedStatement select = Sql.prepare(connection, "SELECT c.code, p.department_id FROM section c"
                    + " JOIN programme p ON p.college_id = c.college_id AND p.id = c.programme_id"
                    + " WHERE c.college_id = ? AND c.id = ?", List.of(collegeId, sectionId));
                 ResultSet rs = select.executeQuery()) {
                if (!rs.next()) {
                    throw new NotFoundException("section", sectionId);
                }
                if (!departments.contains(rs.getLong(2))) {
                    throw AccessDeniedException.outOfScope(permission, actor, "section \"" + rs.getString(1) + "\"");
                }
            }
        });
    }

    /**
     * SQL condition that is true for the reached rows of the {@code student} table under {@code alias};
     * appends its parameters, in order, to {@code parameters}.
     */
    public String sql(String alias, List<Object> parameters) {
        if (everyone) {
            return "1 = 1";
        }
        List<String> any = new ArrayList<>();
        if (!departments.isEmpty()) {
            any.add(alias + ".programme_id IN (SELECT scope_p.id FROM programme scope_p WHERE scope_p.college_id = ?"
                    + " AND scope_p.department_id IN (" + Sql.marks(departments.size()) + "))");
            parameters.add(collegeId);
            parameters.addAll(departments);
        }
        if (!sections.isEmpty()) {
            any.add(alias + ".section_id IN (" + Sql.marks(sections.size()) + ")");
            parameters.addAll(sections);
        }
        if (mentor != null) {
            any.add(alias + ".id IN (SELECT scope_m.student_id FROM mentor_assignment scope_m"
                    + " WHERE scope_m.college_id = ? AND scope_m.teacher_id = ? AND scope_m.status = 'ACTIVE')");
            parameters.add(collegeId);
            parameters.add(mentor);
        }
        if (self != null) {
            any.add(alias + ".id = ?");
            parameters.add(self);
        }
        return any.isEmpty() ? "1 = 0" : "(" + String.join(" OR ", any) + ")";
    }

    /**
     * HQL condition that is true when the student id at {@code studentIdPath} (e.g. {@code e.studentId})
     * is reached; set its parameters with {@link #bind}.
     */
    public String hql(String studentIdPath) {
        if (everyone) {
            return "1 = 1";
        }
        List<String> any = new ArrayList<>();
        if (!departments.isEmpty()) {
            any.add(studentIdPath + " in (select scopeS.id from Student scopeS where scopeS.programmeId in"
                    + " (select scopeP.id from Programme scopeP where scopeP.departmentId in :scopeDepartments))");
        }
        if (!sections.isEmpty()) {
            any.add(studentIdPath
                    + " in (select scopeS.id from Student scopeS where scopeS.sectionId in :scopeSections)");
        }
        if (mentor != null) {
            any.add(studentIdPath + " in (select scopeM.studentId from MentorAssignment scopeM"
                    + " where scopeM.teacherId = :scopeTeacher"
                    + " and scopeM.status = org.studenthub.core.mentor.MentorStatus.ACTIVE)");
        }
        if (self != null) {
            any.add(studentIdPath + " = :scopeSelf");
        }
        return any.isEmpty() ? "1 = 0" : "(" + String.join(" or ", any) + ")";
    }

    /** Sets the parameters of {@link #hql} on {@code query}. */
    public <R> SelectionQuery<R> bind(SelectionQuery<R> query) {
        if (everyone) {
            return query;
        }
        if (!departments.isEmpty()) {
            query.setParameterList("scopeDepartments", departments);
        }
        if (!sections.isEmpty()) {
            query.setParameterList("scopeSections", sections);
        }
        if (mentor != null) {
            query.setParameter("scopeTeacher", mentor);
        }
        if (self != null) {
            query.setParameter("scopeSelf", self);
        }
        return query;
    }
}
