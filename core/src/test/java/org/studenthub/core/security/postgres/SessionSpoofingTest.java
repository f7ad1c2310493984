package org.studenthub.core.security.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.studenthub.core.security.Role;

/**
 * The caller is session_user: whatever a signed-in person sets in their session (custom variables, SET ROLE,
 * SET SESSION AUTHORIZATION), they see and change nothing more. Also the scopes: a student sees only their
 * own rows, a mentor only their mentees, a head of department only their department's students.
 */
class SessionSpoofingTest extends OnSecuredPostgres {
    @Test
    void sessionVariablesAndRoleSwitchesWidenNothing() throws SQLException {
        try (Connection c = pg.connect(pg.loginsA.get(Role.REGISTRAR))) {
            long ownStudents = count(c, "student", pg.collegeA);
            assertThat(ownStudents).isPositive();

            for (String setting : List.of("sh.college", "app.college_id", "studenthub.college", "request.college")) {
                SecuredPostgres.execute(c, "SELECT set_config('" + setting + "', '" + pg.collegeB + "', false)");
            }
            SecuredPostgres.execute(c, "SET application_name = 'studenthub " + pg.collegeB + "'");
            assertRefused(c, "SET ROLE \"" + pg.roles.owner() + "\"");
            assertRefused(c, "SET ROLE \"" + pg.roles.userManager() + "\"");
            assertRefused(c, "SET ROLE \"" + pg.roles.group("college_admin") + "\"");
            assertRefused(c, "SET ROLE \"" + pg.roles.login(pg.adminB) + "\"");
            assertRefused(c, "SET SESSION AUTHORIZATION \"" + pg.roles.login(pg.adminB) + "\"");
            assertRefused(c, "SET ROLE postgres");
            // Switching to a group role the login holds is allowed, and changes nothing either.
            SecuredPostgres.execute(c, "SET ROLE \"" + pg.roles.group("registrar") + "\"");

            assertThat(count(c, "student", pg.collegeB)).isZero();
            assertThat(count(c, "guardian", pg.collegeB)).isZero();
            assertThat(count(c, "student", pg.collegeA)).isEqualTo(ownStudents);
            assertThat(c.createStatement().executeUpdate("UPDATE student SET email = 'x@example.org' WHERE college_id = "
                    + pg.collegeB)).isZero();
        }
    }

    @Test
    void aCollegeAdministratorCannotCreateRolesOrBecomeAnotherLogin() throws SQLException {
        try (Connection c = pg.connect(pg.loginsA.get(Role.COLLEGE_ADMIN))) {
            assertRefused(c, "CREATE ROLE intruder LOGIN");
            assertRefused(c, "ALTER ROLE \"" + pg.roles.login(pg.adminB) + "\" PASSWORD 'x'");
            assertRefused(c, "GRANT \"" + pg.roles.group("platform_admin") + "\" TO \""
                    + pg.roles.login(pg.loginsA.get(Role.REGISTRAR)) + "\"");
            assertRefused(c, "SELECT sh_new_login(" + pg.collegeB + ", 'sneaky', 'Sneaky', 'x', NULL, NULL)");
            assertRefused(c, "UPDATE app_user SET college_id = " + pg.collegeB);
            assertRefused(c, "INSERT INTO user_grant (college_id, user_id, role_code, scope_kind) VALUES (NULL, 1,"
                    + " 'platform_admin', 'PLATFORM')");
        }
    }

    @Test
    void aStudentSeesOnlyTheirOwnRecordAndRows() throws SQLException {
        try (Connection c = pg.connect(pg.loginsA.get(Role.STUDENT))) {
            assertThat(SecuredPostgres.longs(c, "SELECT id FROM student")).containsExactly(pg.studentSelf);
            assertThat(SecuredPostgres.longs(c, "SELECT student_id FROM enrolment")).isNotEmpty()
                    .containsOnly(pg.studentSelf);
            assertThat(SecuredPostgres.longs(c, "SELECT student_id FROM guardian")).isSubsetOf(pg.studentSelf);
            assertThat(SecuredPostgres.longs(c, "SELECT student_id FROM attendance_mark")).isSubsetOf(pg.studentSelf);
            // Structure is visible to everyone in the college.
            assertThat(count(c, "programme", pg.collegeA)).isPositive();
            assertRefused(c, "UPDATE student SET email = 'me@example.org'");
        }
    }

    @Test
    void aMentorSeesExactlyTheirActiveMentees() throws SQLException {
        List<Long> mentees;
        try (Connection su = pg.superuser()) {
            mentees = SecuredPostgres.longs(su, "SELECT DISTINCT student_id FROM mentor_assignment WHERE status = 'ACTIVE'"
                    + " AND teacher_id = " + pg.mentorTeacher + " ORDER BY 1");
        }
        assertThat(mentees).isNotEmpty();
        try (Connection c = pg.connect(pg.loginsA.get(Role.MENTOR))) {
            assertThat(SecuredPostgres.longs(c, "SELECT id FROM student ORDER BY 1")).isEqualTo(mentees);
            assertRefused(c, "UPDATE student SET email = 'm@example.org' WHERE id = " + mentees.get(0));
        }
    }

    @Test
    void aHeadOfDepartmentSeesTheirDepartmentsStudentsAndFacultyTheirSection() throws SQLException {
        List<Long> department;
        List<Long> section;
        long all;
        try (Connection su = pg.superuser()) {
            department = SecuredPostgres.longs(su, "SELECT s.id FROM student s JOIN programme p ON p.id = s.programme_id"
                    + " WHERE p.department_id = " + pg.departmentScope + " ORDER BY 1");
            section = SecuredPostgres.longs(su, "SELECT id FROM student WHERE section_id = " + pg.sectionScope
                    + " ORDER BY 1");
            all = count(su, "student", pg.collegeA);
        }
        assertThat(department.size()).isPositive().isLessThan((int) all);
        try (Connection c = pg.connect(pg.loginsA.get(Role.HEAD_OF_DEPARTMENT))) {
            assertThat(SecuredPostgres.longs(c, "SELECT id FROM student ORDER BY 1")).isEqualTo(department);
        }
        try (Connection c = pg.connect(pg.loginsA.get(Role.FACULTY))) {
            assertThat(SecuredPostgres.longs(c, "SELECT id FROM student ORDER BY 1")).isEqualTo(section);
        }
    }

    @Test
    void itSupportAndAuditorsSeeNoStudentData() throws SQLException {
        for (Role role : List.of(Role.IT_SUPPORT, Role.AUDITOR)) {
            try (Connection c = pg.connect(pg.loginsA.get(role))) {
                assertRefused(c, "SELECT count(*) FROM student");
                assertRefused(c, "SELECT count(*) FROM guardian");
            }
        }
    }

    private static long count(Connection c, String table, long college) throws SQLException {
        return SecuredPostgres.longValue(c, "SELECT count(*) FROM " + table + " WHERE college_id = " + college);
    }

    private static void assertRefused(Connection c, String sql) {
        assertThatThrownBy(() -> SecuredPostgres.execute(c, sql)).as(sql)
                .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).as(e.getMessage())
                        .isEqualTo("42501"));
    }
}
