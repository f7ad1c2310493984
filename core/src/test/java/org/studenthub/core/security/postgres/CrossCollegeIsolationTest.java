package org.studenthub.core.security.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.studenthub.core.security.Role;

/**
 * For every table holding college rows (found in PostgreSQL's catalogue, so a new table is covered the day
 * it is created) and every application role, a login of college A can read, insert, update and delete
 * nothing of college B, and cannot move its own rows into college B.
 */
class CrossCollegeIsolationTest extends OnSecuredPostgres {
    @Test
    void everyCollegeTableHasRowsOfBothCollegesSoTheMatrixMeansSomething() throws SQLException {
        try (Connection su = pg.superuser()) {
            for (String table : pg.collegeTables()) {
                for (long college : List.of(pg.collegeA, pg.collegeB)) {
                    assertThat(SecuredPostgres.longValue(su, "SELECT count(*) FROM " + table + " WHERE college_id = " + college))
                            .as("rows of college %d in %s", college, table).isPositive();
                }
            }
        }
    }

    @TestFactory
    Stream<DynamicTest> noRoleOfCollegeAReachesAnyRowOfCollegeB() throws SQLException {
        List<DynamicTest> tests = new ArrayList<>();
        List<String> tables = pg.collegeTables();
        for (Map.Entry<Role, String> login : pg.loginsA.entrySet()) {
            tests.add(DynamicTest.dynamicTest(login.getKey().code() + " on " + tables.size() + " tables",
                    () -> assertIsolated(login.getValue(), tables)));
        }
        return tests.stream();
    }

    private static void assertIsolated(String login, List<String> tables) throws SQLException {
        try (Connection su = pg.superuser(); Connection c = pg.connect(login)) {
            for (String table : tables) {
                String ofB = " WHERE college_id = " + pg.collegeB;
                assertNothing(c, "SELECT count(*) FROM " + table + ofB, table, "read");
                assertNothing(c, "UPDATE " + table + " SET college_id = college_id" + ofB, table, "update");
                assertNothing(c, "DELETE FROM " + table + ofB, table, "delete");
                assertNothing(c, "UPDATE " + table + " SET college_id = " + pg.collegeB + " WHERE college_id = "
                        + pg.collegeA, table, "move into B");
                String rowOfB = SecuredPostgres.strings(su, "SELECT to_jsonb(t)::text FROM " + table + " t" + ofB
                        + " LIMIT 1").get(0);
                assertRefused(c, table, rowOfB);
            }
        }
    }

    /** The statement either is refused or touches zero rows. */
    private static void assertNothing(Connection c, String sql, String table, String what) throws SQLException {
        try (Statement s = c.createStatement()) {
            long touched;
            if (sql.startsWith("SELECT")) {
                var rs = s.executeQuery(sql);
                rs.next();
                touched = rs.getLong(1);
            } else {
                touched = s.executeUpdate(sql);
            }
            assertThat(touched).as("%s of college B's %s rows", what, table).isZero();
        } catch (SQLException e) {
            assertThat(e.getSQLState()).as("%s on %s: %s", what, table, e.getMessage()).isEqualTo("42501");
        }
    }

    /** Inserting a copy of one of college B's rows (with a new id) is refused by privilege or policy. */
    private static void assertRefused(Connection c, String table, String rowOfB) {
        String copy = "INSERT INTO " + table + " SELECT * FROM jsonb_populate_record(NULL::" + table
                + ", (?::jsonb) || CASE WHEN ?::jsonb ? 'id' THEN jsonb_build_object('id', 900000000) ELSE '{}' END)";
        assertThatThrownBy(() -> {
            try (PreparedStatement ps = c.prepareStatement(copy.replace("? 'id'", "?? 'id'"))) {
                ps.setString(1, rowOfB);
                ps.setString(2, rowOfB);
                ps.executeUpdate();
            }
        }).as("insert into %s for college B", table)
                .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState())
                        .as(e.getMessage()).isEqualTo("42501"));
    }
}
