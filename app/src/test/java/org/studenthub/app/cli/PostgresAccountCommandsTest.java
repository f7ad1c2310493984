package org.studenthub.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studenthub.core.testing.TestDatabases;

/**
 * The PostgreSQL set-up as IT and administrators live it, on a real server: server init with a platform
 * administrator, who creates a college with its administrator, who creates a registrar; each signs in as
 * their own database login and the database decides what they may do.
 */
class PostgresAccountCommandsTest {
    private static final String PREFIX = "shpgcli" + ProcessHandle.current().pid();

    @TempDir
    Path home;

    @Test
    void fromAnEmptyServerToARegistrarAtWork() {
        CliHarness cli = CliHarness.postgres(home, TestDatabases.emptyPostgresDatabase());
        CliHarness.Run init = cli.newPassword("Root-passphrase-1")
                .run("server", "init", "--role-prefix", PREFIX, "--platform-admin", "root");
        assertThat(init.exitCode()).as(init.err()).isZero();

        CliHarness.Run college = as(cli, "root", "Root-passphrase-1").newPassword("Admin-passphrase-1")
                .run("college", "create", "--code", "PGA", "--name", "Istituto PG", "--admin-login", "admin.pga");
        assertThat(college.exitCode()).as(college.err()).isZero();

        CliHarness admin = as(cli, "admin.pga", "Admin-passphrase-1").newPassword("Registrar-pass-1");
        CliHarness.Run created = admin.run("user", "create", "--login", "reg.pga", "--name", "Rita Registrar",
                "--role", "registrar");
        CliHarness.Run listed = admin.run("user", "list");
        CliHarness.Run platformGrant = admin.run("user", "grant", "reg.pga", "platform_admin");
        assertThat(created.exitCode()).as(created.err()).isZero();
        assertThat(listed.out()).contains("admin.pga").containsPattern("reg.pga .*registrar@college");
        assertThat(platformGrant.exitCode()).isNotZero();

        CliHarness registrar = as(cli, "reg.pga", "Registrar-pass-1");
        CliHarness.Run find = registrar.run("student", "find", "ros");
        CliHarness.Run users = registrar.run("user", "list");
        assertThat(find.exitCode()).as(find.err()).isZero();
        assertThat(find.out()).contains("No student matches");
        assertThat(users.exitCode()).isEqualTo(ExitCodes.ACCESS_DENIED);
        assertThat(users.err()).contains("user.manage");
    }

    @Test
    void aDemoOnPostgresqlMakesADatabaseLoginForEveryDemoPerson() {
        String prefix = "shpgdemo" + ProcessHandle.current().pid();
        CliHarness cli = CliHarness.postgres(home, TestDatabases.emptyPostgresDatabase());
        CliHarness.Run init = cli.newPassword("Root-passphrase-1")
                .run("server", "init", "--role-prefix", prefix, "--platform-admin", "root");
        assertThat(init.exitCode()).as(init.err()).isZero();

        CliHarness.Run demo = cli.run("demo", "--students", "100");

        assertThat(demo.exitCode()).as(demo.err()).isZero();
        assertThat(demo.out()).contains("registrar.demo@" + prefix).contains("student.demo@" + prefix)
                .contains("STUDENTHUB_DB_USER=registrar.demo@" + prefix + " STUDENTHUB_DB_PASSWORD=studenthub-demo");
        CliHarness.Run find = cli.withEnv("STUDENTHUB_DB_USER", "registrar.demo@" + prefix)
                .withEnv("STUDENTHUB_DB_PASSWORD", "studenthub-demo").run("student", "find", "ros");
        assertThat(find.exitCode()).as(find.err()).isZero();
        assertThat(find.out()).doesNotContain("No student matches");
    }

    private static CliHarness as(CliHarness cli, String login, String password) {
        return cli.withEnv("STUDENTHUB_DB_USER", login + "@" + PREFIX).withEnv("STUDENTHUB_DB_PASSWORD", password);
    }
}
