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
    private static final String ADMIN = "a passphrase for the admin";

    @TempDir
    Path home;

    @Test
    void verifyPassesAnUntouchedTrailAndNamesTheFirstBrokenRowWithExitCodeOne() throws Exception {
        CliHarness cli = CliHarness.embedded(home).newPassword(ADMIN);
        CliHarness.Run created = cli.run("college", "create", "--code", "AUD1", "--name", "Audit One",
                "--admin-login", "admin.aud1");
        assertThat(created.exitCode()).as(created.err()).isZero();
        cli.signedInAs("admin.aud1", ADMIN);

        CliHarness.Run intact = cli.run("audit", "verify");
        tamper(DatabaseLocation.embedded(home.resolve("data/db")),
                "UPDATE audit_event SET actor = 'mallory' WHERE seq = 1");
        CliHarness.Run broken = cli.run("audit", "verify");

        assertThat(intact.exitCode()).as(intact.err()).isZero();
        assertThat(intact.out()).contains("AUD1: audit chain intact");
        assertThat(broken.exitCode()).isEqualTo(ExitCodes.FAILURE);
        assertThat(broken.out()).contains("AUD1: audit chain BROKEN at row 1 (INSERT college");
    }

    @Test
    void showListsRowsNewestFirstFilteredByTable() {
        CliHarness cli = CliHarness.embedded(home);
        cli.run("demo", "--students", "100");
        cli.signedInAs("admin.demo", "studenthub-demo");

        CliHarness.Run shown = cli.run("audit", "show", "--table", "student", "--limit", "3");
        CliHarness.Run viewed = cli.run("student", "show", "S0000001");
        CliHarness.Run views = cli.run("audit", "show", "--limit", "1");
        CliHarness.Run registrar = cli.signedInAs("registrar.demo", "studenthub-demo").run("audit", "show");

        assertThat(shown.exitCode()).as(shown.err()).isZero();
        assertThat(shown.out().lines()).hasSize(3).allSatisfy(line -> assertThat(line).contains("INSERT student"));
        assertThat(viewed.exitCode()).as(viewed.err()).isZero();
        assertThat(views.out()).contains("VIEW").contains("student");
        assertThat(registrar.exitCode()).isEqualTo(ExitCodes.ACCESS_DENIED);
    }

    @Test
    void verifyOnPostgresqlChecksWhatTheTriggersWrote() {
        String prefix = "shaud" + ProcessHandle.current().pid();
        CliHarness cli = CliHarness.postgres(home, TestDatabases.emptyPostgresDatabase()).newPassword(ADMIN);
        cli.run("server", "init", "--role-prefix", prefix, "--platform-admin", "root");
        cli.withEnv("STUDENTHUB_DB_USER", "root@" + prefix).withEnv("STUDENTHUB_DB_PASSWORD", ADMIN)
                .run("college", "create", "--code", "PGA", "--name", "Server College", "--admin-login", "admin.pga");
        CliHarness.Run platform = cli.run("audit", "verify");
        cli.withEnv("STUDENTHUB_DB_USER", "admin.pga@" + prefix);

        CliHarness.Run verified = cli.run("audit", "verify");
        CliHarness.Run accounts = cli.run("audit", "show", "--table", "app_user");

        assertThat(verified.exitCode()).as(verified.err()).isZero();
        assertThat(verified.out()).contains("PGA: audit chain intact");
        assertThat(platform.exitCode()).as(platform.err()).isZero();
        assertThat(platform.out()).contains("Platform (accounts without a college): audit chain intact, 2 row(s)");
        assertThat(accounts.out()).contains("root@" + prefix).contains("INSERT app_user").contains("admin.pga");
    }

    @Test
    void aPlatformAdministratorVerifiesAndListsThePlatformChain() {
        CliHarness cli = CliHarness.embedded(home).newPassword(ADMIN);
        CliHarness.Run created = cli.run("user", "create", "--platform-admin", "--login", "root", "--name", "Platform");
        assertThat(created.exitCode()).as(created.err()).isZero();
        cli.signedInAs("root", ADMIN);

        CliHarness.Run verified = cli.run("audit", "verify");
        CliHarness.Run shown = cli.run("audit", "show");

        assertThat(verified.exitCode()).as(verified.err()).isZero();
        assertThat(verified.out()).contains("Platform (accounts without a college): audit chain intact, 2 row(s)");
        assertThat(shown.out().lines()).hasSize(2);
        assertThat(shown.out()).contains("INSERT app_user").contains("\"login\":\"root\"")
                .contains("INSERT user_grant").doesNotContain("argon2");
    }

    private static void tamper(DatabaseLocation location, String sql) throws Exception {
        try (Connection connection = DriverManager.getConnection(location.jdbcUrl(), location.user(), "");
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
