package org.studenthub.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studenthub.reporting.seal.ContractPdf;
import org.studenthub.reporting.seal.PdfSealer;
import org.studenthub.reporting.seal.PdfSig;
import org.studenthub.reporting.seal.SealAppearance;
import org.studenthub.reporting.seal.SealTestKeys;

class PortfolioVerifyCommandTest {
    private static byte[] sealed;

    @TempDir
    Path home;

    @BeforeAll
    static void seal() throws Exception {
        sealed = new PdfSealer().seal(ContractPdf.standard().pdf, SealTestKeys.rsa(),
                SealAppearance.of(SealTestKeys.COLLEGE));
    }

    @Test
    void genuinePortfolioVerifiesAndPdfsigAgrees() throws Exception {
        Path file = Files.write(home.resolve("portfolio.pdf"), sealed);

        CliHarness.Run run = CliHarness.embedded(home).run("portfolio", "verify", file.toString());

        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        assertThat(run.out()).contains("Credential 0f8e7c3a-5b1d-4e2f-9a6b-1c2d3e4f5a6b of college DEMO",
                "[ OK ] The seal signature is cryptographically valid", "[ OK ] Nothing was changed",
                "GENUINE: sealed by").doesNotContain("[FAIL]");
        assertThat(PdfSig.saysValid(PdfSig.report(sealed, home))).isTrue();
    }

    @Test
    void oneChangedByteMakesBothVerifiersRefuse() throws Exception {
        byte[] tampered = sealed.clone();
        tampered[ContractPdf.standard().pdf.length / 2] ^= 0x01; // inside the original, signed bytes
        Path file = Files.write(home.resolve("tampered.pdf"), tampered);

        CliHarness.Run run = CliHarness.embedded(home).run("portfolio", "verify", file.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.FAILURE);
        assertThat(run.out()).contains("[FAIL]", "NOT VALID:");
        assertThat(PdfSig.saysValid(PdfSig.report(tampered, home))).isFalse();
    }

    @Test
    void missingFileIsInvalidInput() {
        CliHarness.Run run = CliHarness.embedded(home).run("portfolio", "verify", home.resolve("nope.pdf").toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(run.err()).contains("nope.pdf");
    }
}
