package org.studenthub.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studenthub.core.db.DatabaseLocation;
import org.studenthub.core.testing.TestDatabases;

/** {@code audit verify} and {@code audit show} on the embedded database and on PostgreSQL. */
class AuditCommandsTest {
    @TempDir
    Path home;

    @Test
    void verifyPassesAnUntouchedTrailAndNamesTheFirstBrokenRowWithExitCodeOne() throws Exception {
        CliHarness cli = CliHarness.embedded(home);
        cli.run("college", "create", "--code", "AUD1", "--name", "Audit One");
        cli.run("college", "create", "--code", "AUD2", "--name", "Audit Two");

        CliHarness.Run intact = cli.run("audit", "verify");
        tamper(DatabaseLocation.embedded(home.resolve("data/db")),
                "UPDATE audit_event SET actor = 'mallory' WHERE college_id = (SELECT id FROM college WHERE code = 'AUD2')");
        CliHarness.Run broken = cli.run("audit", "verify");
        CliHarness.Run onlyFirst = cli.run("audit", "verify", "--college", "AUD1");

        assertThat(intact.exitCode()).as(intact.err()).isZero();
        assertThat(intact.out()).contains("AUD1: audit chain intact, 1 row(s) verified")
                .contains("AUD2: audit chain intact");
        assertThat(broken.exitCode()).isEqualTo(ExitCodes.FAILURE);
        assertThat(broken.out()).contains("AUD1: audit chain intact")
                .contains("AUD2: audit chain BROKEN at row 1 (INSERT college");
        assertThat(onlyFirst.exitCode()).isZero();
        assertThat(onlyFirst.out()).doesNotContain("AUD2");
    }

    @Test
    void showListsRowsNewestFirstFilteredByTable() {
        CliHarness cli = CliHarness.embedded(home);
        cli.run("demo", "--students", "100");

        CliHarness.Run shown = cli.run("audit", "show", "--table", "student", "--limit", "3");
        CliHarness.Run viewed = cli.run("student", "show", "S0000001");
        CliHarness.Run views = cli.run("audit", "show", "--limit", "1");

        assertThat(shown.exitCode()).as(shown.err()).isZero();
        assertThat(shown.out().lines()).hasSize(3).allSatisfy(line -> assertThat(line).contains("INSERT student"));
        assertThat(viewed.exitCode()).isZero();
        assertThat(views.out()).contains("VIEW").contains("student");
    }

    @Test
    void verifyOnPostgresqlChecksWhatTheTriggersWrote() {
        CliHarness cli = CliHarness.postgres(home, TestDatabases.emptyPostgresDatabase());
        cli.run("db", "migrate");
        cli.run("college", "create", "--code", "PGA", "--name", "Server College");

        CliHarness.Run verified = cli.run("audit", "verify", "--college", "PGA");

        assertThat(verified.exitCode()).as(verified.err()).isZero();
        assertThat(verified.out()).contains("PGA: audit chain intact, 1 row(s) verified");
    }

    private static void tamper(DatabaseLocation location, String sql) throws Exception {
        try (Connection connection = DriverManager.getConnection(location.jdbcUrl(), location.user(), "");
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
