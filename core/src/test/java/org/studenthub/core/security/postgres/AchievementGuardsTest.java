package org.studenthub.core.security.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.studenthub.core.security.Role;

/**
 * PostgreSQL itself keeps the achievement rules, whatever a client sends: a status changes only with a
 * decision row naming it, decisions are never changed, and each person sees only their own inbox.
 */
class AchievementGuardsTest {
    private static SecuredPostgres pg;
    private static long achievementA;

    @BeforeAll
    static void setUp() throws SQLException {
        pg = new SecuredPostgres();
        try (Connection su = pg.superuser()) {
            achievementA = SecuredPostgres.longValue(su, "SELECT min(id) FROM achievement WHERE status = 'DRAFT'"
                    + " AND college_id = " + pg.collegeA);
        }
    }

    @AfterAll
    static void tearDown() {
        pg.close();
    }

    @Test
    void aStatusChangeWithoutADecisionIsRefusedEvenForTheInstallationAdministrator() throws SQLException {
        try (Connection registrar = pg.connect(pg.loginsA.get(Role.REGISTRAR)); Connection su = pg.superuser()) {
            for (Connection c : new Connection[] {registrar, su}) {
                assertThatThrownBy(() -> execute(c, "UPDATE achievement SET status = 'APPROVED', points = 10"
                        + " WHERE id = " + achievementA))
                        .isInstanceOfSatisfying(SQLException.class, e -> {
                            assertThat(e.getSQLState()).isEqualTo("23514");
                            assertThat(e.getMessage()).contains("only through a decision");
                        });
            }
            assertThat(SecuredPostgres.strings(su, "SELECT status FROM achievement WHERE id = " + achievementA))
                    .containsExactly("DRAFT");
        }
    }

    @Test
    void anAchievementIsInsertedOnlyAsADraft() throws SQLException {
        try (Connection registrar = pg.connect(pg.loginsA.get(Role.REGISTRAR))) {
            assertThatThrownBy(() -> execute(registrar, "INSERT INTO achievement (college_id, student_id, category_id,"
                    + " level, title, starts_on, status, current_step, step_count, approver_kind, route_id)"
                    + " SELECT college_id, student_id, category_id, level, 'Forged', starts_on, 'SUBMITTED', 1, 1,"
                    + " 'PRINCIPAL', 0 FROM achievement WHERE id = " + achievementA))
                    .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("23514"));
        }
    }

    @Test
    void decisionsAreNeverChangedOrRemoved() throws SQLException {
        for (Role role : new Role[] {Role.REGISTRAR, Role.PRINCIPAL, Role.HEAD_OF_DEPARTMENT, Role.STUDENT}) {
            try (Connection c = pg.connect(pg.loginsA.get(role))) {
                for (String sql : new String[] {"UPDATE achievement_decision SET comment_text = 'changed'",
                    "DELETE FROM achievement_decision"}) {
                    assertThatThrownBy(() -> execute(c, sql)).as("%s: %s", role, sql)
                            .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("42501"));
                }
            }
        }
    }

    @Test
    void aPersonsDecisionNamesThatPerson() throws SQLException {
        try (Connection principal = pg.connect(pg.loginsA.get(Role.PRINCIPAL)); Connection su = pg.superuser()) {
            long someoneElse = SecuredPostgres.longValue(su, "SELECT min(id) FROM app_user WHERE college_id = "
                    + pg.collegeA + " AND login NOT LIKE 'principal%'");
            assertThatThrownBy(() -> execute(principal, "INSERT INTO achievement_decision (decision_uuid, college_id,"
                    + " achievement_id, student_id, step_no, decision, decided_by, decided_at, seen_version, outcome)"
                    + " SELECT gen_random_uuid(), college_id, id, student_id, 0, 'APPROVE', " + someoneElse
                    + ", now(), 0, 'CONFLICT' FROM achievement WHERE id = " + achievementA))
                    .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getMessage())
                            .contains("names the person who takes it"));
        }
    }

    @Test
    void eachPersonReadsOnlyTheirOwnInbox() throws SQLException {
        try (Connection student = pg.connect(pg.loginsA.get(Role.STUDENT));
             Connection registrar = pg.connect(pg.loginsA.get(Role.REGISTRAR)); Connection su = pg.superuser()) {
            long mine = SecuredPostgres.longValue(su, "SELECT count(*) FROM notification WHERE recipient = 'STUDENT:"
                    + pg.studentSelf + "'");
            assertThat(mine).as("the demo notified the student of college A").isPositive();
            assertThat(SecuredPostgres.longValue(student, "SELECT count(*) FROM notification")).isEqualTo(mine);
            assertThat(SecuredPostgres.longValue(registrar, "SELECT count(*) FROM notification")).isZero();
            assertThat(update(registrar, "UPDATE notification SET read_at = now()")).isZero();
        }
    }

    private static void execute(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static int update(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            return s.executeUpdate(sql);
        }
    }
}
