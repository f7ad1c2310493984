package org.studenthub.core.demo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.studenthub.core.security.Grant;
import org.studenthub.core.security.NewUser;
import org.studenthub.core.security.Role;
import org.studenthub.core.security.Scope;
import org.studenthub.core.security.UserRows;

/**
 * One sign-in account per college role in each demo college, named {@code <role>.<college code>}
 * ({@code registrar.demo}); the head of department, faculty member and mentor are demo teachers and the
 * student and student organiser are demo students, with the scopes their roles have (their department,
 * a section they teach, their mentees, themselves). All share {@link #PASSWORD}: on the embedded database
 * through one hash of it, on PostgreSQL as database logins ({@link DemoSignIns}).
 */
final class DemoAccounts {
    /** The published password of every demo account. */
    static final String PASSWORD = "studenthub-demo";
    /** The demo platform administrator, created only in a database that had no account before. */
    static final String PLATFORM_LOGIN = "platform";

    private static final String FIRST = " FETCH FIRST 1 ROWS ONLY";

    private final Connection connection;
    private final long collegeId;
    private final String suffix;
    private final DemoSignIns signIns;
    private final List<DemoAccount> created = new ArrayList<>();
    private final List<Long> teachersUsed = new ArrayList<>(List.of(-1L));

    DemoAccounts(Connection connection, long collegeId, String collegeCode, DemoSignIns signIns) {
        this.connection = connection;
        this.collegeId = collegeId;
        this.suffix = "." + collegeCode.toLowerCase(Locale.ROOT);
        this.signIns = signIns;
    }

    /** The platform administrator demo account (no college). */
    static DemoAccount createPlatformAdmin(Connection connection, DemoSignIns signIns) throws SQLException {
        long id = UserRows.insert(connection, null, new NewUser(PLATFORM_LOGIN, "Platform administrator (demo)",
                null, null, null), signIns.passwordHash(), signIns.dbRole(PLATFORM_LOGIN));
        UserRows.insertGrant(connection, null, id, new Grant(Role.PLATFORM_ADMIN, Scope.PLATFORM));
        signIns.enable(connection, PLATFORM_LOGIN, Role.PLATFORM_ADMIN);
        return new DemoAccount(PLATFORM_LOGIN, Role.PLATFORM_ADMIN, Scope.PLATFORM, null);
    }

    List<DemoAccount> create() throws SQLException {
        staff("admin", Role.COLLEGE_ADMIN);
        staff("registrar", Role.REGISTRAR);
        staff("admissions", Role.ADMISSIONS_OFFICER);
        staff("principal", Role.PRINCIPAL);
        headOfDepartment();
        faculty();
        mentor();
        student("organiser", Role.STUDENT_ORGANISER, 1);
        student("student", Role.STUDENT, 0);
        staff("accreditation", Role.ACCREDITATION_COORDINATOR);
        staff("auditor", Role.AUDITOR);
        staff("dpo", Role.DATA_PROTECTION_OFFICER);
        staff("itsupport", Role.IT_SUPPORT);
        return List.copyOf(created);
    }

    private void staff(String name, Role role) throws SQLException {
        add(name, role, Scope.COLLEGE, null, null, null);
    }

    private void headOfDepartment() throws SQLException {
        long[] row = longs("SELECT id, head_teacher_id FROM department WHERE college_id = ?"
                + " AND head_teacher_id IS NOT NULL ORDER BY code" + FIRST);
        add("hod", Role.HEAD_OF_DEPARTMENT, Scope.department(row[0]), null, row[1], teacherName(row[1]));
    }

    private void faculty() throws SQLException {
        long[] row = longs("SELECT section_id, teacher_id FROM teaching_assignment WHERE college_id = ?"
                + " AND teacher_id NOT IN (" + used() + ") ORDER BY section_id, teacher_id" + FIRST);
        add("faculty", Role.FACULTY, Scope.section(row[0]), null, row[1], teacherName(row[1]));
    }

    private void mentor() throws SQLException {
        long[] row = longs("SELECT teacher_id, COUNT(*) FROM mentor_assignment WHERE college_id = ?"
                + " AND teacher_id NOT IN (" + used() + ") GROUP BY teacher_id ORDER BY teacher_id" + FIRST);
        add("mentor", Role.MENTOR, Scope.ASSIGNED, null, row[0], teacherName(row[0]));
    }

    private void student(String name, Role role, int offset) throws SQLException {
        long[] row = longs("SELECT id FROM student WHERE college_id = ? ORDER BY student_number"
                + " OFFSET " + offset + " ROWS" + FIRST);
        add(name, role, Scope.SELF, row[0], null, personName("student", row[0]));
    }

    private void add(String name, Role role, Scope scope, Long studentId, Long teacherId, String person)
            throws SQLException {
        String login = name + suffix;
        String displayName = person != null ? person : role.code().replace('_', ' ') + " (demo)";
        long id = UserRows.insert(connection, collegeId, new NewUser(login, displayName, null, studentId, teacherId),
                signIns.passwordHash(), signIns.dbRole(login));
        UserRows.insertGrant(connection, collegeId, id, new Grant(role, scope));
        signIns.enable(connection, login, role);
        if (teacherId != null) {
            teachersUsed.add(teacherId);
        }
        created.add(new DemoAccount(login, role, scope, person));
    }

    private String used() {
        return String.join(", ", teachersUsed.stream().map(String::valueOf).toList());
    }

    private String teacherName(long teacherId) throws SQLException {
        return personName("teacher", teacherId);
    }

    private String personName(String table, long id) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement("SELECT family_name, given_name FROM " + table
                + " WHERE college_id = ? AND id = ?")) {
            s.setLong(1, collegeId);
            s.setLong(2, id);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getString(1) + ", " + rs.getString(2);
            }
        }
    }

    private long[] longs(String sql) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement(sql)) {
            s.setLong(1, collegeId);
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    throw new SQLException("demo data has no row for: " + sql);
                }
                long[] values = new long[rs.getMetaData().getColumnCount()];
                for (int i = 0; i < values.length; i++) {
                    values[i] = rs.getLong(i + 1);
                }
                return values;
            }
        }
    }
}
