package org.studenthub.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studenthub.reporting.seal.SealKey;
import org.studenthub.reporting.seal.SealKeystore;
import org.studenthub.reporting.seal.SealTestKeys;

class SealCommandsTest {
    private static final String PASSWORD = "seal-password-42";

    @TempDir
    Path home;

    @Test
    void createMakesAnOwnerOnlySealInTheDataFolderThatShowDescribes() throws Exception {
        CliHarness cli = CliHarness.embedded(home).withEnv(SealPasswords.ENV, PASSWORD);

        CliHarness.Run created = cli.run("seal", "create", "--college", "DEMO", "--name", "Demo College of Arts",
                "--valid-years", "2", "--algorithm", "EC_P256");
        CliHarness.Run shown = cli.run("seal", "show", "--college", "DEMO");

        assertThat(created.exitCode()).as(created.err()).isZero();
        Path keystore = home.resolve("data").resolve("seals").resolve("DEMO.p12");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keystore))).isEqualTo("rw-------");
        String fingerprint = SealKeystore.load(keystore, PASSWORD.toCharArray()).info().sha256Fingerprint();
        assertThat(created.out()).contains(keystore.toString(), fingerprint, "self-signed");
        assertThat(shown.exitCode()).as(shown.err()).isZero();
        assertThat(shown.out()).contains("CN=Demo College of Arts Seal,O=Demo College of Arts", fingerprint,
                "self-signed", "Serial:");
    }

    @Test
    void createRefusesToReplaceAnExistingSeal() {
        CliHarness cli = CliHarness.embedded(home).withEnv(SealPasswords.ENV, PASSWORD);
        cli.run("seal", "create", "--college", "DEMO", "--name", "Demo", "--algorithm", "EC_P256");

        CliHarness.Run again = cli.run("seal", "create", "--college", "DEMO", "--name", "Other", "--algorithm", "EC_P256");

        assertThat(again.exitCode()).isNotZero();
        assertThat(again.err()).contains("A seal already exists");
    }

    @Test
    void wrongPasswordIsAClearErrorThatDoesNotRepeatThePassword() {
        CliHarness.embedded(home).withEnv(SealPasswords.ENV, PASSWORD)
                .run("seal", "create", "--college", "DEMO", "--name", "Demo", "--algorithm", "EC_P256");

        CliHarness.Run shown = CliHarness.embedded(home).withEnv(SealPasswords.ENV, "guessed-wrongly")
                .run("seal", "show", "--college", "DEMO");

        assertThat(shown.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(shown.err()).contains("SH-SEAL-KEYSTORE-PASSWORD", "the password is wrong")
                .doesNotContain("guessed-wrongly").doesNotContain(PASSWORD);
    }

    @Test
    void passwordOnTheCommandLineIsRefusedWithoutEchoingIt() {
        CliHarness.Run run = CliHarness.embedded(home)
                .run("seal", "create", "--college", "DEMO", "--name", "Demo", "--password", "hunter2-hunter2");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(run.err()).contains("not taken on the command line", SealPasswords.ENV).doesNotContain("hunter2");
        assertThat(home.resolve("data").resolve("seals")).doesNotExist();
    }

    @Test
    void shortNewPasswordIsRefused() {
        CliHarness.Run run = CliHarness.embedded(home).withEnv(SealPasswords.ENV, "short")
                .run("seal", "create", "--college", "DEMO", "--name", "Demo", "--algorithm", "EC_P256");

        assertThat(run.exitCode()).isNotZero();
        assertThat(run.err()).contains("fewer than 8 characters").doesNotContain("short\n");
    }

    @Test
    void importTakesACaIssuedSealWithANewPassword() throws Exception {
        Path source = caIssued(KeyUsage.nonRepudiation, Instant.now().plus(Duration.ofDays(365)));

        CliHarness.Run imported = importing().run("seal", "import", source.toString(), "--college", "ROMA1");

        assertThat(imported.exitCode()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("issued by a certification authority", "CN=Test College Seal");
        SealKey stored = SealKeystore.load(home.resolve("data/seals/ROMA1.p12"), PASSWORD.toCharArray());
        assertThat(stored.chain()).hasSize(2);
    }

    @Test
    void importRefusesAnExpiredCertificate() throws Exception {
        Path source = caIssued(KeyUsage.digitalSignature, Instant.now().minus(Duration.ofDays(2)));

        CliHarness.Run imported = importing().run("seal", "import", source.toString(), "--college", "ROMA1");

        assertThat(imported.exitCode()).isNotZero();
        assertThat(imported.err()).contains("expired");
        assertThat(home.resolve("data/seals/ROMA1.p12")).doesNotExist();
    }

    @Test
    void importRefusesACertificateThatMayNotSign() throws Exception {
        Path source = caIssued(KeyUsage.keyEncipherment, Instant.now().plus(Duration.ofDays(365)));

        CliHarness.Run imported = importing().run("seal", "import", source.toString(), "--college", "ROMA1");

        assertThat(imported.exitCode()).isNotZero();
        assertThat(imported.err()).contains("may not sign documents");
        assertThat(home.resolve("data/seals/ROMA1.p12")).doesNotExist();
    }

    private CliHarness importing() {
        return CliHarness.embedded(home).withEnv(SealPasswords.ENV, PASSWORD)
                .withEnv(SealPasswords.ENV_IMPORT, "from-the-ca");
    }

    private Path caIssued(int usage, Instant notAfter) throws Exception {
        SealKey key = SealTestKeys.issuedByCa(usage, Instant.now().minus(Duration.ofDays(400)), notAfter, true);
        Path file = home.resolve("from-ca.p12");
        SealKeystore.store(key, file, "from-the-ca".toCharArray());
        return file;
    }
}
