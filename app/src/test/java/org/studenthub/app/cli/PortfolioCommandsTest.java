package org.studenthub.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studenthub.reporting.seal.PdfSig;

/**
 * Portfolios from the command line on the demo college: issued sealed and recorded, checked by StudentHub and by
 * poppler's pdfsig, revoked in the register when an achievement is revoked, issued for a whole section.
 */
class PortfolioCommandsTest {
    private static final String PASSWORD = "studenthub-demo";
    private static final String SEAL_PASSWORD = "seal-password-1";

    @TempDir
    Path home;

    private CliHarness cli;

    @BeforeEach
    void demoCollegeWithASeal() {
        cli = CliHarness.embedded(home).withEnv("STUDENTHUB_SEAL_PASSWORD", SEAL_PASSWORD);
        CliHarness.Run demo = cli.run("demo", "--students", "200");
        assertThat(demo.exitCode()).as(demo.err()).isZero();
        CliHarness.Run seal = cli.run("seal", "create", "--college", "DEMO", "--name", "Università Demo di Bologna");
        assertThat(seal.exitCode()).as(seal.err()).isZero();
    }

    @Test
    void anIssuedPortfolioIsSealedRecordedAndGenuineForStudentHubAndPdfsig() throws Exception {
        Path out = Files.createDirectories(home.resolve("out")).resolve("portfolio.pdf");

        CliHarness.Run issued = registrar().run("portfolio", "issue", "--student", "S0000001", "--out",
                out.toString(), "--locale", "it");
        CliHarness.Run verified = registrar().run("portfolio", "verify", out.toString(), "--register");

        assertThat(issued.exitCode()).as(issued.err()).isZero();
        String credential = credentialOf(issued);
        try (PDDocument pdf = Loader.loadPDF(Files.readAllBytes(out))) {
            assertThat(pdf.getDocumentInformation().getCustomMetadataValue("StudentHubCredential")).isEqualTo(credential);
            assertThat(pdf.getSignatureDictionaries()).hasSize(1);
        }
        assertThat(verified.exitCode()).as(verified.out()).isZero();
        assertThat(verified.out()).contains("GENUINE").contains("registry lists credential " + credential + " as valid");
        assertThat(PdfSig.saysValid(PdfSig.report(Files.readAllBytes(out), home))).isTrue();
        assertThat(files(out.getParent())).containsExactly("portfolio.pdf");
    }

    @Test
    void revokingAnAchievementAfterIssueMakesTheRegisterSayRevoked() throws Exception {
        Path out = Files.createDirectories(home.resolve("out")).resolve("portfolio.pdf");
        assertThat(registrar().run("portfolio", "issue", "--student", "S0000001", "--out", out.toString())
                .exitCode()).isZero();
        String approved = registrar().run("achievement", "list", "--student", "S0000001").out().lines()
                .filter(line -> line.contains("approved")).findFirst().orElseThrow();
        String id = approved.strip().split("\\s+")[0];

        CliHarness.Run revoked = cli.signedInAs("principal.demo", PASSWORD).run("decide", id, "revoke", "--comment",
                "Certificate found to be forged");
        CliHarness.Run offline = registrar().run("portfolio", "verify", out.toString());
        CliHarness.Run withRegister = registrar().run("portfolio", "verify", out.toString(), "--register");

        assertThat(revoked.exitCode()).as(revoked.err()).isZero();
        assertThat(offline.exitCode()).isZero();
        assertThat(withRegister.exitCode()).isEqualTo(ExitCodes.FAILURE);
        assertThat(withRegister.out()).contains("revoked").contains("NOT VALID");
    }

    @Test
    void aSectionBatchWritesOneSealedPortfolioPerStudent() throws Exception {
        Path folder = home.resolve("batch");
        String section = "ING-B1-1A";

        CliHarness.Run batch = registrar().run("portfolio", "batch", "--section", section, "--out", folder.toString());

        assertThat(batch.exitCode()).as(batch.err() + batch.out()).isZero();
        List<String> written = files(folder);
        assertThat(written).isNotEmpty().allSatisfy(name -> assertThat(name).matches("S\\d{7}\\.pdf"))
                .hasSizeGreaterThan(1);
        assertThat(batch.out()).contains(written.size() + " sealed portfolio(s) of " + section)
                .contains("0 failed");
        for (String name : written) {
            assertThat(registrar().run("portfolio", "verify", folder.resolve(name).toString()).exitCode())
                    .as(name).isZero();
        }
    }

    @Test
    void aYearBatchCoversEverySectionOfTheYear() throws Exception {
        Path sectionFolder = home.resolve("section");
        Path yearFolder = home.resolve("year");
        assertThat(registrar().run("portfolio", "batch", "--section", "ING-B1-1A", "--out", sectionFolder.toString())
                .exitCode()).isZero();

        CliHarness.Run year = registrar().run("portfolio", "batch", "--out", yearFolder.toString());

        assertThat(year.exitCode()).as(year.err() + year.out()).isZero();
        assertThat(files(yearFolder)).containsAll(files(sectionFolder)).hasSizeGreaterThan(files(sectionFolder).size())
                .contains("S0000001.pdf");
        assertThat(year.out()).contains("0 failed");
    }

    @Test
    void aStudentCannotIssueAMissingFolderOrSealIsExplainedAndNothingIsWritten() {
        Path out = home.resolve("nowhere").resolve("p.pdf");
        Path inHome = home.resolve("p.pdf");

        CliHarness.Run student = cli.signedInAs("student.demo", PASSWORD).run("portfolio", "issue", "--student",
                "S0000001", "--out", inHome.toString());
        CliHarness.Run noFolder = registrar().run("portfolio", "issue", "--student", "S0000001", "--out", out.toString());
        CliHarness.Run noSeal = registrar().run("portfolio", "issue", "--student", "S0000001", "--out",
                inHome.toString(), "--keystore", home.resolve("missing.p12").toString());
        CliHarness.Run french = registrar().run("portfolio", "issue", "--student", "S0000001", "--out",
                inHome.toString(), "--locale", "fr");

        assertThat(student.exitCode()).isEqualTo(ExitCodes.ACCESS_DENIED);
        assertThat(noFolder.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(noFolder.err()).contains("does not exist").contains("nothing was issued");
        assertThat(noSeal.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(noSeal.err()).contains("No college seal").contains("seal create");
        assertThat(french.err()).contains("use en or it");
        assertThat(inHome).doesNotExist();
    }

    @Test
    void theAdministratorSetsTheBrandingAndAFileThatIsNoPictureIsRefused() throws IOException {
        Path text = Files.writeString(home.resolve("logo.png"), "not a picture");

        CliHarness.Run refused = cli.signedInAs("admin.demo", PASSWORD).run("college", "branding", "--logo",
                text.toString(), "--primary", "#14532D", "--accent", "#B7791F");
        CliHarness.Run colours = cli.signedInAs("admin.demo", PASSWORD).run("college", "branding", "--primary",
                "#14532d", "--accent", "#B7791F");

        assertThat(refused.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(refused.err()).contains("not a PNG or JPEG picture");
        assertThat(colours.exitCode()).as(colours.err()).isZero();
        assertThat(colours.out()).contains("Primary colour #14532D, accent colour #B7791F, logo: none");
    }

    private CliHarness registrar() {
        return cli.signedInAs("registrar.demo", PASSWORD);
    }

    private static String credentialOf(CliHarness.Run issued) {
        Matcher credential = Pattern.compile("Credential: ([0-9a-f-]{36})").matcher(issued.out());
        assertThat(credential.find()).as(issued.out()).isTrue();
        return credential.group(1);
    }

    private static List<String> files(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
