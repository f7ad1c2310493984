package org.studenthub.core.security.postgres;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.studenthub.core.db.PostgresRoles;
import org.studenthub.core.db.PostgresServerSetup;
import org.studenthub.core.demo.DemoGenerator;
import org.studenthub.core.demo.DemoOptions;
import org.studenthub.core.demo.DemoProgress;
import org.studenthub.core.demo.DemoReport;
import org.studenthub.core.security.Role;
import org.studenthub.core.security.Scope;
import org.studenthub.core.testing.TestDatabase;
import org.studenthub.core.testing.TestDatabases;
import org.studenthub.core.tenancy.PlatformContext;

/**
 * A real PostgreSQL test database set up the way an installation is: a platform administrator, two demo
 * colleges (A and B) with a row in every college table, and in college A one login per application role,
 * created through the user-management functions by A's own administrator. Everything is made through
 * the product's paths except the fixture rows the demo does not write (a photo and a document).
 */
final class SecuredPostgres implements AutoCloseable {
    static final String PASSWORD = "Correct-horse-battery-9";
    private static final AtomicInteger FIXTURES = new AtomicInteger();

    final TestDatabase db;
    final PostgresRoles roles = TestDatabases.ROLES;
    final long collegeA;
    final long collegeB;
    final String tag;
    /** College A's login for each application role except the platform administrator. */
    final Map<Role, String> loginsA = new EnumMap<>(Role.class);
    final String adminB;
    final String platformAdmin;
    final long studentSelf;
    final long mentorTeacher;
    final long departmentScope;
    final long sectionScope;

    SecuredPostgres() throws SQLException {
        db = TestDatabases.freshPostgres();
        tag = "f" + ProcessHandle.current().pid() % 10000 + "x" + FIXTURES.incrementAndGet();
        DemoReport demo = new DemoGenerator(db.database()).generate(PlatformContext.system("fixture"),
                new DemoOptions(DemoOptions.MIN_STUDENTS, 2, 7L, "SECA" + tag.toUpperCase()), DemoProgress.NONE);
        collegeA = demo.colleges().get(0).collegeId();
        collegeB = demo.colleges().get(1).collegeId();
        try (Connection su = superuser()) {
            seedMatrixAndFiles(su);
            studentSelf = longValue(su, "SELECT min(id) FROM student WHERE college_id = " + collegeA);
            mentorTeacher = longValue(su, "SELECT min(teacher_id) FROM mentor_assignment WHERE status = 'ACTIVE'"
                    + " AND college_id = " + collegeA);
            departmentScope = longValue(su, "SELECT min(p.department_id) FROM student s JOIN programme p"
                    + " ON p.id = s.programme_id WHERE s.college_id = " + collegeA);
            sectionScope = longValue(su, "SELECT min(section_id) FROM student WHERE college_id = " + collegeA);
        }
        platformAdmin = "platform." + tag;
        PostgresServerSetup.createPlatformAdmin(db.database().location(), roles, platformAdmin, "Platform admin",
                PASSWORD.toCharArray());
        String adminA = "admin.a." + tag;
        adminB = "admin.b." + tag;
        try (Connection platform = connect(platformAdmin)) {
            PostgresAccounts accounts = new PostgresAccounts(platform);
            accounts.createCollegeAdmin(collegeA, adminA, "Admin A", PASSWORD.toCharArray());
            accounts.createCollegeAdmin(collegeB, adminB, "Admin B", PASSWORD.toCharArray());
        }
        loginsA.put(Role.COLLEGE_ADMIN, adminA);
        try (Connection admin = connect(adminA)) {
            PostgresAccounts accounts = new PostgresAccounts(admin);
            for (Role role : Role.values()) {
                if (role == Role.PLATFORM_ADMIN || role == Role.COLLEGE_ADMIN) {
                    continue;
                }
                String login = role.code().replace('_', '-') + "." + tag;
                Long student = role == Role.STUDENT ? studentSelf : null;
                Long teacher = role == Role.MENTOR ? mentorTeacher : null;
                accounts.createUser(login, role.code(), PASSWORD.toCharArray(), student, teacher);
                accounts.grant(login, role, scopeFor(role));
                loginsA.put(role, login);
            }
        }
    }

    private Scope scopeFor(Role role) {
        return switch (role.defaultScope()) {
            case DEPARTMENT -> Scope.department(departmentScope);
            case SECTION -> Scope.section(sectionScope);
            case ASSIGNED -> Scope.ASSIGNED;
            case SELF -> Scope.SELF;
            default -> Scope.COLLEGE;
        };
    }

    /** The demo writes no photos, documents, branding or issued portfolios, and colleges made by the demo get the default matrix here. */
    private void seedMatrixAndFiles(Connection su) throws SQLException {
        for (long college : List.of(collegeA, collegeB)) {
            execute(su, "INSERT INTO role_permission (college_id, role_code, permission_code)"
                    + " SELECT " + college + ", role_code, permission_code FROM role_ceiling"
                    + " WHERE granted_by_default AND role_code <> 'platform_admin' ON CONFLICT DO NOTHING");
            long student = longValue(su, "SELECT min(id) FROM student WHERE college_id = " + college);
            execute(su, "INSERT INTO student_photo (student_id, college_id, media_type, size_bytes, sha256, content)"
                    + " VALUES (" + student + ", " + college + ", 'image/png', 1, repeat('a', 64), '\\x00')");
            execute(su, "INSERT INTO student_document (college_id, student_id, document_type, title, file_name,"
                    + " media_type, size_bytes, sha256, content) VALUES (" + college + ", " + student
                    + ", 'OTHER', 'Fixture', 'f.pdf', 'application/pdf', 1, repeat('b', 64), '\\x00')");
            execute(su, "INSERT INTO college_branding (college_id, primary_colour, accent_colour) VALUES ("
                    + college + ", '#112233', '#445566')");
            long portfolio = longValue(su, "INSERT INTO issued_portfolio (college_id, credential_id, student_id,"
                    + " content_sha256, locale, page_count, issued_by_name, issued_at) VALUES (" + college
                    + ", gen_random_uuid(), " + student + ", repeat('c', 64), 'en', 1, 'fixture', now()) RETURNING id");
            execute(su, "INSERT INTO issued_portfolio_item (college_id, issued_portfolio_id, student_id, achievement_id,"
                    + " achievement_version) SELECT college_id, " + portfolio + ", " + student + ", min(id), 0"
                    + " FROM achievement WHERE college_id = " + college + " GROUP BY college_id");
        }
    }

    /** Every table of the schema that holds college rows (has a college_id column). */
    List<String> collegeTables() throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Connection su = superuser(); Statement s = su.createStatement();
             ResultSet rs = s.executeQuery("SELECT c.table_name FROM information_schema.columns c"
                     + " JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name"
                     + " WHERE c.table_schema = 'public' AND c.column_name = 'college_id' AND t.table_type = 'BASE TABLE'"
                     + " ORDER BY 1")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        return tables;
    }

    Connection connect(String login) throws SQLException {
        return DriverManager.getConnection(db.database().location().jdbcUrl(), roles.login(login), PASSWORD);
    }

    Connection superuser() throws SQLException {
        var location = db.database().location();
        return DriverManager.getConnection(location.jdbcUrl(), location.user(), new String(location.password()));
    }

    static long longValue(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static List<Long> longs(Connection c, String sql) throws SQLException {
        List<Long> values = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                values.add(rs.getLong(1));
            }
        }
        return values;
    }

    static List<String> strings(Connection c, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }

    static void execute(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    @Override
    public void close() {
        db.close();
    }
}
