package org.studenthub.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studenthub.core.db.DatabaseLocation;
import org.studenthub.core.db.PostgresRoles;
import org.studenthub.core.testing.TestDatabases;

class CollegeAndDbCommandsTest {
    private static final String ADMIN_PASSWORD = "a passphrase for the admin";

    @TempDir
    Path home;

    @Test
    void withoutArgumentsPrintsHelpAndSucceeds() {
        CliHarness.Run run = CliHarness.embedded(home).run();

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Usage: studenthub").contains("Exit codes");
    }

    @Test
    void embeddedDatabaseIsCreatedAndMigratedOnFirstUse() {
        CliHarness cli = CliHarness.embedded(home).newPassword(ADMIN_PASSWORD);

        CliHarness.Run created = cli.run("college", "create", "--code", "ROMA1", "--name", "Istituto Roma",
                "--locale", "it", "--credit-system", "cfu", "--admin-login", "admin.roma1");
        CliHarness.Run info = cli.run("db", "info");

        assertThat(created.exitCode()).as(created.err()).isZero();
        assertThat(created.out()).contains("ROMA1").contains("admin.roma1");
        assertThat(home.resolve("data/db/studenthub.mv.db")).exists();
        assertThat(info.out()).contains("H2").contains("Success").doesNotContain("Pending");
    }

    @Test
    void duplicateCollegeIsOneLineWithConflictExitCode() {
        CliHarness cli = CliHarness.embedded(home).newPassword(ADMIN_PASSWORD);
        cli.run("user", "create", "--platform-admin", "--login", "root", "--name", "Platform");
        cli.signedInAs("root", ADMIN_PASSWORD);
        cli.run("college", "create", "--code", "ROMA1", "--name", "Istituto Roma", "--admin-login", "admin.roma1");

        CliHarness.Run again = cli.run("college", "create", "--code", "ROMA1", "--name", "Other",
                "--admin-login", "admin.other");

        assertThat(again.exitCode()).isEqualTo(ExitCodes.CONFLICT);
        assertThat(again.err().strip()).isEqualTo(
                "error SH-COLLEGE-CODE-TAKEN: A college with code \"ROMA1\" already exists. Choose another code.");
        assertThat(again.err()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void invalidCollegeNamesEveryBadField() {
        CliHarness.Run run = CliHarness.embedded(home).newPassword(ADMIN_PASSWORD)
                .run("college", "create", "--code", "x", "--name", " ", "--admin-login", "admin.x");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(run.err()).contains("code:").contains("name:");
    }

    @Test
    void unknownOptionIsAUsageError() {
        assertThat(CliHarness.embedded(home).run("college", "list", "--bogus").exitCode()).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void unreachableServerIsReportedWithoutThePassword() {
        CliHarness.Run run = CliHarness.embedded(home).withEnv("STUDENTHUB_DB_PASSWORD", "s3cret-value")
                .run("college", "list", "--db", "jdbc:postgresql://127.0.0.1:1/none?connectTimeout=2",
                        "--db-user", "nobody");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.DATABASE_UNAVAILABLE);
        assertThat(run.err()).contains("Cannot connect").doesNotContain("s3cret-value");
    }

    @Test
    void aPasswordTypedOnTheCommandLineIsRefusedBeforeItIsUsed() {
        String url = "jdbc:postgresql://127.0.0.1:1/none?connectTimeout=2";
        CliHarness cli = CliHarness.embedded(home);

        CliHarness.Run separate = cli.run("college", "list", "--db", url, "--db-password", "s3cret-value");
        CliHarness.Run attached = cli.run("college", "list", "--db", url, "--db-password=s3cret-value");

        for (CliHarness.Run run : java.util.List.of(separate, attached)) {
            assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
            assertThat(run.err()).contains("--db-password").contains("STUDENTHUB_DB_PASSWORD")
                    .doesNotContain("s3cret-value").doesNotContain("Cannot connect");
        }
    }

    @Test
    void onPostgreSqlTheDatabaseLoginIsWhoSignsIn() {
        DatabaseLocation empty = TestDatabases.emptyPostgresDatabase();
        CliHarness cli = CliHarness.postgres(home, empty);
        PostgresRoles roles = new PostgresRoles("shsign" + ProcessHandle.current().pid());
        assertThat(cli.withEnv("STUDENTHUB_NEW_PASSWORD", "Platform-pass-123")
                .run("server", "init", "--role-prefix", roles.prefix(), "--platform-admin", "root").exitCode()).isZero();

        CliHarness.Run records = cli.withEnv("STUDENTHUB_DB_USER", roles.login("root"))
                .withEnv("STUDENTHUB_DB_PASSWORD", "Platform-pass-123").run("student", "find", "ros");

        assertThat(records.exitCode()).as(records.err()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(records.err()).contains("account root ").contains("platform administrator");
    }

    @Test
    void serverIsPreparedByServerInitAndItsSchemaChangedOnlyByIt() {
        CliHarness cli = CliHarness.postgres(home, TestDatabases.emptyPostgresDatabase());

        CliHarness.Run refused = cli.run("college", "list");
        CliHarness.Run migrateFirst = cli.run("db", "migrate");
        CliHarness.Run init = cli.withEnv("STUDENTHUB_NEW_PASSWORD", "Platform-pass-123")
                .run("server", "init", "--role-prefix", "shcli" + ProcessHandle.current().pid(),
                        "--platform-admin", "root");
        CliHarness.Run again = cli.run("server", "init", "--role-prefix", "shcli" + ProcessHandle.current().pid());
        CliHarness.Run info = cli.run("db", "info");

        assertThat(refused.exitCode()).isEqualTo(ExitCodes.FAILURE);
        assertThat(refused.err()).contains("server init");
        assertThat(migrateFirst.exitCode()).isEqualTo(ExitCodes.FAILURE);
        assertThat(migrateFirst.err()).contains("server init");
        assertThat(init.exitCode()).as(init.err()).isZero();
        assertThat(init.out()).contains("migration(s) applied").contains("root@shcli");
        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(again.out()).contains("0 migration(s) applied");
        assertThat(info.out()).contains("Success").doesNotContain("Pending");
    }
}
