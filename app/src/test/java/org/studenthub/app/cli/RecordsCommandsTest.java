package org.studenthub.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studenthub.core.db.DatabaseLocation;

/** The README walk-through on the embedded database: demo, sign in as the demo registrar, find, export, import. */
class RecordsCommandsTest {
    private static final String DEMO_PASSWORD = "studenthub-demo";

    @TempDir
    Path home;

    private CliHarness cli;

    @BeforeEach
    void loadDemoData() {
        cli = CliHarness.embedded(home);
        CliHarness.Run demo = cli.run("demo", "--students", "300");
        assertThat(demo.exitCode()).as(demo.err()).isZero();
        assertThat(demo.out()).contains("College DEMO: 300 students")
                .contains("registrar.demo").contains("platform").contains(DEMO_PASSWORD);
        cli.signedInAs("registrar.demo", DEMO_PASSWORD);
    }

    @Test
    void recordsCommandsNeedASignIn() {
        CliHarness.Run run = cli.signedOut().run("student", "find", "ros");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(run.err()).contains("--user").contains("STUDENTHUB_USER");
    }

    @Test
    void aWrongPasswordAndAnUnknownUserGetTheSameOneLineRefusal() {
        CliHarness.Run wrong = cli.signedInAs("registrar.demo", "not the password").run("student", "find", "ros");
        CliHarness.Run unknown = cli.signedInAs("nobody", DEMO_PASSWORD).run("student", "find", "ros");

        assertThat(wrong.exitCode()).isEqualTo(unknown.exitCode()).isEqualTo(ExitCodes.ACCESS_DENIED);
        assertThat(wrong.err()).isEqualTo(unknown.err())
                .isEqualTo("error SH-SECURITY-SIGNIN-REFUSED: Sign-in failed: unknown login or wrong password."
                        + " Check both and try again." + System.lineSeparator());
        assertThat(wrong.out()).isEmpty();
    }

    @Test
    void theRegistrarCannotManageAccounts() {
        CliHarness.Run run = cli.run("user", "list");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.ACCESS_DENIED);
        assertThat(run.err()).contains("registrar.demo").contains("user.manage");
    }

    @Test
    void findRosListsMatchingStudentsByName() {
        CliHarness.Run run = cli.run("student", "find", "ros", "--limit", "500");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out().lines()).isNotEmpty()
                .allSatisfy(line -> assertThat(line.toLowerCase()).contains("ros"));
    }

    @Test
    void findByNumberShowsThatStudentFirst() {
        CliHarness.Run run = cli.run("student", "find", "S0000042");

        assertThat(run.out().lines().findFirst()).hasValueSatisfying(line -> assertThat(line).startsWith("S0000042"));
    }

    @Test
    void showOfAnUnknownNumberIsNotFound() {
        CliHarness.Run run = cli.run("student", "show", "S9999999");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.NOT_FOUND);
        assertThat(run.err()).contains("S9999999");
    }

    @Test
    void secondDemoWithTheSameCodeIsRefused() {
        CliHarness.Run again = cli.signedInAs("platform", DEMO_PASSWORD).run("demo", "--students", "100");

        assertThat(again.exitCode()).isEqualTo(ExitCodes.CONFLICT);
        assertThat(again.err()).contains("DEMO");
    }

    @Test
    void exportedStudentsReimportWithoutChanges() {
        Path file = home.resolve("students.csv");
        assertThat(cli.run("export", "students", "--out", file.toString()).out()).contains("300 row(s)");

        CliHarness.Run run = cli.run("import", "students", file.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("300 row(s) read: 0 inserted, 0 updated, 300 unchanged, 0 rejected");
    }

    @Test
    void invalidFileIsRefusedWithLineAndColumnAndNothingIsWritten() throws Exception {
        Path file = home.resolve("bad.csv");
        Files.writeString(file, "student_number,given_name,family_name,admission_date,programme\n"
                + "N1,Ada,Lovelace,2024-09-15,NOPE\n", StandardCharsets.UTF_8);

        CliHarness.Run run = cli.run("import", "students", file.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(run.err()).contains("Line 2").contains("programme").contains("NOPE").contains("Nothing was imported");
        assertThat(cli.run("student", "find", "N1").out()).contains("No student matches");
    }

    @Test
    void aRowTheDatabaseRefusesInValidRowsModeFailsTheCommandNamingLineFieldAndWhatToDo() throws Exception {
        addRuleUnknownToTheImporter();
        Path file = home.resolve("atlantis.csv");
        String programme = programmeCode();
        Files.writeString(file, "student_number,given_name,family_name,city,admission_date,programme\n"
                + "N1,Ada,Lovelace,London,2024-09-15,NOPE\n"
                + "N2,Alan,Turing,Manchester,2024-09-15," + programme + "\n"
                + "N3,Lost,Citizen,Atlantis,2024-09-15," + programme + "\n", StandardCharsets.UTF_8);

        CliHarness.Run run = cli.run("import", "students", file.toString(), "--valid-rows-only");

        assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(run.err()).contains("Line 4, column city: The database refused this row (rule ck_student_not_atlantis)")
                .contains("Correct or remove the row")
                .contains("Nothing was imported from " + file + ", not even the valid rows");
        assertThat(run.err()).doesNotContain("--valid-rows-only");
        assertThat(cli.run("student", "find", "N2").out()).contains("No student matches");
    }

    /** A rule the file checks do not know, as a database administrator might add one. */
    private void addRuleUnknownToTheImporter() throws Exception {
        DatabaseLocation location = DatabaseLocation.embedded(home.resolve("data").resolve("db"));
        try (Connection connection = DriverManager.getConnection(location.jdbcUrl(), location.user(), "");
                Statement statement = connection.createStatement()) {
            statement.execute("ALTER TABLE student ADD CONSTRAINT ck_student_not_atlantis"
                    + " CHECK (city IS NULL OR city <> 'Atlantis')");
        }
    }

    /** The code of a programme of the demo college. */
    private String programmeCode() throws Exception {
        DatabaseLocation location = DatabaseLocation.embedded(home.resolve("data").resolve("db"));
        try (Connection connection = DriverManager.getConnection(location.jdbcUrl(), location.user(), "");
                Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("SELECT MIN(code) FROM programme")) {
            rs.next();
            return rs.getString(1);
        }
    }
}
