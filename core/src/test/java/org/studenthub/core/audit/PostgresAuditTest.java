package org.studenthub.core.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.studenthub.core.audit.AuditFixtures.rows;
import static org.studenthub.core.audit.AuditFixtures.verify;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.studenthub.core.db.DatabaseLocation;
import org.studenthub.core.tenancy.CollegeContext;
import org.studenthub.core.testing.TestDatabase;
import org.studenthub.core.testing.TestDatabases;

/**
 * PostgreSQL audits in the database itself: writes that never pass through the core are audited, and a role
 * that may write records cannot change or remove audit rows.
 */
@Tag("database")
class PostgresAuditTest {
    private static final AtomicInteger ROLES = new AtomicInteger();

    private final TestDatabase db = TestDatabases.freshPostgres();

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void aWriteThroughPlainJdbcIsAuditedWithTheLoginAndTheClientsApplicationName() throws SQLException {
        CollegeContext college = db.newCollege();
        DatabaseLocation location = db.database().location();

        try (Connection plain = connect(location.user(), new String(location.password()), "reporting-tool")) {
            execute(plain, "INSERT INTO department (college_id, code, name) VALUES (" + college.collegeId()
                    + ", 'BIO', 'Biology')");
            execute(plain, "UPDATE department SET name = 'Life Sciences' WHERE code = 'BIO'");
        }

        List<AuditEventView> trail = rows(db, college).stream().filter(e -> e.table().equals("department")).toList();
        assertThat(trail).extracting(AuditEventView::action).containsExactly(AuditAction.INSERT, AuditAction.UPDATE);
        assertThat(trail).allSatisfy(event -> {
            assertThat(event.actor()).isEqualTo(location.user());
            assertThat(event.device()).startsWith("reporting-tool ");
        });
        assertThat(trail.get(1).changes()).isEqualTo("{\"before\":{\"name\":\"Biology\"},\"after\":{\"name\":\"Life Sciences\"}}");
        assertThat(verify(db, college).intact()).isTrue();
    }

    @Test
    void aRoleThatMayWriteRecordsCannotUpdateDeleteOrTruncateAuditRows() throws SQLException {
        CollegeContext college = db.newCollege();
        String role = "sh_audit_test_" + ProcessHandle.current().pid() + "_" + ROLES.incrementAndGet();
        String password = "pw-" + System.nanoTime();
        try (Connection owner = db.database().dataSource().getConnection()) {
            execute(owner, "CREATE ROLE " + role + " LOGIN PASSWORD '" + password + "'");
            // A registrar of the college (who may write department rows), given INSERT on the audit table on top.
            execute(owner, "GRANT \"" + org.studenthub.core.testing.TestDatabases.ROLES.group("registrar") + "\" TO " + role);
            execute(owner, "INSERT INTO app_user (college_id, login, db_role, display_name) VALUES ("
                    + college.collegeId() + ", '" + role + "', '" + role + "', 'Clerk')");
            execute(owner, "INSERT INTO user_grant (college_id, user_id, role_code, scope_kind) SELECT college_id, id,"
                    + " 'registrar', 'COLLEGE' FROM app_user WHERE db_role = '" + role + "'");
            execute(owner, "GRANT INSERT ON audit_event TO " + role);
        }
        try (Connection clerk = connect(role, password, "clerk-desk")) {
            execute(clerk, "INSERT INTO department (college_id, code, name) VALUES (" + college.collegeId()
                    + ", 'ART', 'Arts')");

            for (String sql : new String[] {
                "UPDATE audit_event SET actor = 'nobody'",
                "DELETE FROM audit_event",
                "TRUNCATE audit_event",
                "UPDATE audit_chain_head SET last_seq = 0"}) {
                assertThatThrownBy(() -> execute(clerk, sql)).as(sql).isInstanceOf(SQLException.class)
                        .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("42501"));
            }
        } finally {
            try (Connection owner = db.database().dataSource().getConnection()) {
                execute(owner, "DROP OWNED BY " + role);
                execute(owner, "DROP ROLE " + role);
            }
        }
        AuditEventView insert = rows(db, college).stream().filter(e -> e.table().equals("department")).findFirst()
                .orElseThrow();
        assertThat(insert.actor()).isEqualTo(role);
        assertThat(verify(db, college).intact()).isTrue();
    }

    @Test
    void evenTheOwnerCannotChangeAnAuditRowExceptToEraseItsPayload() throws SQLException {
        CollegeContext college = db.newCollege();
        try (Connection owner = db.database().dataSource().getConnection()) {
            assertThatThrownBy(() -> execute(owner, "UPDATE audit_event SET actor = 'x' WHERE college_id = "
                    + college.collegeId())).isInstanceOf(SQLException.class).hasMessageContaining("cannot be changed");
            assertThatThrownBy(() -> execute(owner, "DELETE FROM audit_chain_head"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("cannot be changed");
            assertThatThrownBy(() -> execute(owner, "TRUNCATE attendance_mark"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("cannot be truncated");
            execute(owner, "UPDATE audit_event SET changes = NULL WHERE college_id = " + college.collegeId());
        }
        assertThat(verify(db, college).intact()).isTrue();
    }

    @Test
    void aStatementWritingManyRowsOfTwoCollegesWritesOneSealedLinkPerCollege() throws SQLException {
        CollegeContext first = db.newCollege();
        CollegeContext second = db.newCollege();
        try (Connection owner = db.database().dataSource().getConnection()) {
            execute(owner, "INSERT INTO department (college_id, code, name) SELECT c, 'D' || g, 'Dept ' || g"
                    + " FROM (VALUES (" + first.collegeId() + "), (" + second.collegeId() + ")) v(c),"
                    + " generate_series(1, 300) g");
            execute(owner, "UPDATE department SET name = name || '!'");
        }

        for (CollegeContext college : List.of(first, second)) {
            assertThat(AuditFixtures.count(db, "SELECT COUNT(*) FROM audit_event WHERE college_id = "
                    + college.collegeId() + " AND table_name = 'department'")).isEqualTo(600);
            assertThat(AuditFixtures.count(db, "SELECT COUNT(*) FROM audit_event WHERE college_id = "
                    + college.collegeId() + " AND table_name = 'department' AND hash IS NOT NULL")).isEqualTo(2);
            assertThat(verify(db, college).intact()).isTrue();
        }
    }

    @Test
    void manyStatementsOfOneTransactionChainInOrderAndARollbackLeavesNoTrace() throws SQLException {
        CollegeContext college = db.newCollege();
        long created = verify(db, college).headSeq(); // the college and its default role-permission matrix
        try (Connection owner = db.database().dataSource().getConnection()) {
            owner.setAutoCommit(false);
            for (int i = 0; i < 50; i++) {
                execute(owner, "INSERT INTO department (college_id, code, name) VALUES (" + college.collegeId()
                        + ", 'K" + i + "', 'Dept')");
            }
            owner.commit();
            execute(owner, "UPDATE department SET name = 'gone' WHERE code = 'K1'");
            owner.rollback();
            execute(owner, "UPDATE department SET name = 'kept' WHERE code = 'K2'");
            execute(owner, "SAVEPOINT s");
            execute(owner, "UPDATE department SET name = 'undone' WHERE code = 'K3'");
            execute(owner, "ROLLBACK TO SAVEPOINT s");
            execute(owner, "UPDATE department SET name = 'kept too' WHERE code = 'K4'");
            owner.commit();
        }

        AuditVerification result = verify(db, college);
        assertThat(result.intact()).isTrue();
        assertThat(result.headSeq()).isEqualTo(created + 50 + 2);
        assertThat(AuditFixtures.count(db, "SELECT COUNT(*) FROM audit_chain_head WHERE pending")).isZero();
    }

    /**
     * The policy functions (SECURITY DEFINER, never inlined, planned on each call) cost far more than the audit
     * itself; the trigger writes as the owner, whom the audit tables' policies must let through before
     * reaching them. The writer here is a superuser, so any call counted comes from the audit path.
     */
    @Test
    void auditingAWriteCallsNoRowLevelSecurityFunction() throws SQLException {
        CollegeContext college = db.newCollege();
        long calls;
        try (Connection admin = db.database().dataSource().getConnection()) {
            admin.setAutoCommit(false);
            execute(admin, "SET LOCAL track_functions = 'all'");
            execute(admin, "INSERT INTO department (college_id, code, name) VALUES (" + college.collegeId()
                    + ", 'GEO', 'Geography')");
            execute(admin, "UPDATE department SET name = 'Earth Sciences' WHERE code = 'GEO'");
            execute(admin, "SET CONSTRAINTS ALL IMMEDIATE"); // seals the chain head now, inside the transaction
            try (Statement statement = admin.createStatement();
                 ResultSet rs = statement.executeQuery("SELECT coalesce(sum(pg_stat_get_xact_function_calls(p.oid)), 0)"
                         + " FROM pg_proc p WHERE p.proname IN ('sh_college', 'sh_permitted', 'sh_scoped_students',"
                         + " 'sh_is_platform_admin')")) {
                rs.next();
                calls = rs.getLong(1);
            }
            admin.commit();
        }

        assertThat(calls).isZero();
        assertThat(rows(db, college)).filteredOn(e -> e.table().equals("department"))
                .extracting(AuditEventView::action).containsExactly(AuditAction.INSERT, AuditAction.UPDATE);
        assertThat(verify(db, college).intact()).isTrue();
    }

    @Test
    void javaAndPostgresqlWriteTheSameChainLine() throws SQLException {
        Instant at = Instant.parse("2026-11-21T10:15:30.123456Z");
        String actor = "o'brien|x\\y\nz";
        String device = "desk | è 10.0.0.1";
        try (Connection owner = db.database().dataSource().getConnection();
             PreparedStatement line = owner.prepareStatement("SELECT audit_line(?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            line.setLong(1, 7);
            line.setLong(2, 42);
            line.setObject(3, java.time.OffsetDateTime.ofInstant(at, java.time.ZoneOffset.UTC));
            line.setString(4, actor);
            line.setString(5, device);
            line.setString(6, "student");
            line.setObject(7, null, java.sql.Types.BIGINT);
            line.setString(8, "EXPORT");
            line.setString(9, AuditLine.sha256("{}"));
            try (ResultSet rs = line.executeQuery()) {
                rs.next();
                assertThat(rs.getString(1)).isEqualTo(AuditLine.of(7, 42, at, actor, device, "student", null,
                        AuditAction.EXPORT, AuditLine.sha256("{}")));
            }
        }
    }

    /** A connection straight to the test database, not through the core. */
    private Connection connect(String user, String password, String applicationName) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", user);
        properties.setProperty("password", password);
        properties.setProperty("ApplicationName", applicationName);
        String url = db.database().location().jdbcUrl().replaceAll("(?<=[?&])(user|password)=[^&]*&?", "")
                .replaceAll("[?&]$", "");
        return DriverManager.getConnection(url, properties);
    }


    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
