package org.studenthub.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Secrets never travel on a command line: a database URL carrying a login or password is refused. */
class DatabaseUrlCredentialsTest {
    @TempDir
    Path home;

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            jdbc:postgresql://localhost:1/studenthub?user=registrar&password=s3cret-value  | user=
            jdbc:postgresql://localhost:1/studenthub?sslmode=require&Password=s3cret-value | password=
            jdbc:postgresql://localhost:1/studenthub?sslpassword=s3cret-value              | sslpassword=
            jdbc:postgresql://registrar:s3cret-value@localhost:1/studenthub                | user:password@
            jdbc:postgresql://registrar@localhost:1/studenthub                             | user@
            """)
    void aUrlGivenWithDbCarryingCredentialsIsRefusedBeforeAnyConnection(String url, String found) {
        CliHarness.Run run = CliHarness.embedded(home).run("db", "info", "--db", url);

        assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(run.err().strip()).startsWith("error SH-CLI-DB-CREDENTIALS: The database URL in --db carries "
                + found + ".").contains("--db-user").contains("STUDENTHUB_DB_PASSWORD");
        assertThat(run.err() + run.out()).doesNotContain("s3cret-value");
    }

    @ParameterizedTest
    @ValueSource(strings = "jdbc:postgresql://localhost:1/studenthub?password=s3cret-value")
    void aUrlInTheEnvironmentCarryingAPasswordIsRefusedNamingTheVariable(String url) {
        CliHarness.Run run = CliHarness.embedded(home).withEnv("STUDENTHUB_DB", url).run("db", "info");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(run.err()).contains("SH-CLI-DB-CREDENTIALS").contains("in STUDENTHUB_DB carries password=")
                .doesNotContain("s3cret-value");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "jdbc:postgresql://localhost:1/studenthub",
        "jdbc:postgresql://localhost:1/studenthub?sslmode=verify-full&sslrootcert=/etc/ca@college.crt",
        "jdbc:postgresql://localhost:1/user?ApplicationName=password"})
    void aUrlWithoutCredentialsIsAccepted(String url) {
        assertThat(CredentialsInUrlException.credentialIn(url)).isEmpty();
    }
}
