package org.studenthub.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo registrar issues the demo student's portfolio; the demo administrator brands the college. */
class PortfolioIssueCommandTest {
    private static final String PASSWORD = "studenthub-demo";

    @TempDir
    Path home;

    private CliHarness cli;

    @BeforeEach
    void demoCollege() {
        cli = CliHarness.embedded(home);
        CliHarness.Run demo = cli.run("demo", "--students", "200");
        assertThat(demo.exitCode()).as(demo.err()).isZero();
    }

    @Test
    void theRegistrarIssuesAPortfolioThatCarriesItsCredentialAndLeavesNoTemporaryFile() throws IOException {
        Path out = home.resolve("out").resolve("portfolio.pdf");

        CliHarness.Run issued = cli.signedInAs("registrar.demo", PASSWORD).run("portfolio-issue", "--student",
                "S0000001", "--out", out.toString(), "--locale", "it");

        assertThat(issued.exitCode()).as(issued.err()).isZero();
        Matcher credential = Pattern.compile("Credential: ([0-9a-f-]{36})").matcher(issued.out());
        assertThat(credential.find()).as(issued.out()).isTrue();
        try (PDDocument pdf = Loader.loadPDF(Files.readAllBytes(out))) {
            assertThat(pdf.getDocumentInformation().getCustomMetadataValue("StudentHubCredential"))
                    .isEqualTo(credential.group(1));
            assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("it");
        }
        try (var files = Files.list(out.getParent())) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("portfolio.pdf");
        }
    }

    @Test
    void aStudentCannotIssueAndAnUnknownLanguageIsRefused() {
        Path out = home.resolve("p.pdf");

        CliHarness.Run student = cli.signedInAs("student.demo", PASSWORD).run("portfolio-issue", "--student",
                "S0000001", "--out", out.toString());
        CliHarness.Run french = cli.signedInAs("registrar.demo", PASSWORD).run("portfolio-issue", "--student",
                "S0000001", "--out", out.toString(), "--locale", "fr");

        assertThat(student.exitCode()).isEqualTo(ExitCodes.ACCESS_DENIED);
        assertThat(french.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(french.err()).contains("use en or it");
        assertThat(out).doesNotExist();
    }

    @Test
    void theAdministratorSetsTheBrandingAndAFileThatIsNoPictureIsRefused() throws IOException {
        Path text = Files.writeString(home.resolve("logo.png"), "not a picture");

        CliHarness.Run refused = cli.signedInAs("admin.demo", PASSWORD).run("college", "branding", "--logo",
                text.toString(), "--primary", "#14532D", "--accent", "#B7791F");
        CliHarness.Run colours = cli.run("college", "branding", "--primary", "#14532d", "--accent", "#B7791F");

        assertThat(refused.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(refused.err()).contains("not a PNG or JPEG picture");
        assertThat(colours.exitCode()).as(colours.err()).isZero();
        assertThat(colours.out()).contains("Primary colour #14532D, accent colour #B7791F, logo: none");
    }
}
