package org.studenthub.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo college's people make reports from the command line, each in their scope. */
class ReportCommandsTest {
    private static final String PASSWORD = "studenthub-demo";

    @TempDir
    Path home;

    private CliHarness cli;
    private String year;

    @BeforeEach
    void demoCollege() {
        cli = CliHarness.embedded(home);
        CliHarness.Run demo = cli.run("demo", "--students", "200");
        assertThat(demo.exitCode()).as(demo.err()).isZero();
        LocalDate today = LocalDate.now();
        int start = today.getMonthValue() >= 9 ? today.getYear() : today.getYear() - 1;
        year = start + "/" + (start + 1);
    }

    @Test
    void theCoordinatorWritesTheAccreditationReportInTheCollegesLanguageOrInEnglish() throws Exception {
        Path pdf = home.resolve("accreditamento.pdf");
        CliHarness.Run run = cli.signedInAs("accreditation.demo", PASSWORD)
                .run("report", "accreditation", "--year", year, "--out", pdf.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("PDF report written to").contains("accreditamento.pdf");
        assertThat(pdfText(pdf)).contains("Report di accreditamento: risultati degli studenti")
                .contains("Risultati approvati per dipartimento").contains("Ambito: tutto l'istituto");

        Path csv = home.resolve("accreditation.csv");
        run = cli.run("report", "accreditation", "--locale", "en", "--out", csv.toString());
        assertThat(run.exitCode()).as("without --year: the current academic year; " + run.err()).isZero();
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertThat(String.join("\n", lines)).contains(year);
        assertThat(lines.get(0)).isEqualTo("\uFEFFAccreditation report: student achievements");
        assertThat(lines).contains("Approved achievements by department", "Department,Code,Achievements,Students");
    }

    @Test
    void aStudentCannotRunTheAccreditationReportNorListStudentsAndNothingIsWritten() {
        Path pdf = home.resolve("refused.pdf");
        CliHarness.Run run = cli.signedInAs("student.demo", PASSWORD)
                .run("report", "accreditation", "--year", year, "--out", pdf.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.ACCESS_DENIED);
        assertThat(run.err()).contains("report.accreditation");
        assertThat(pdf).doesNotExist();
        CliHarness.Run points = cli.run("report", "points", "--out", home.resolve("points.csv").toString());
        assertThat(points.exitCode()).as("a list of students is staff work").isEqualTo(ExitCodes.ACCESS_DENIED);
        assertThat(home.resolve("points.csv")).doesNotExist();
    }

    @Test
    void theRegistrarWritesARecordSheetTheClassListAndThePointsOfTheSection() throws Exception {
        cli.signedInAs("registrar.demo", PASSWORD);
        Path sheet = home.resolve("scheda.csv");
        CliHarness.Run run = cli.run("report", "student", "--student", "S0000001", "--out", sheet.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        List<String> lines = Files.readAllLines(sheet, StandardCharsets.UTF_8);
        assertThat(lines).contains("Matricola,S0000001");
        String section = lines.stream().filter(l -> l.startsWith("Classe,")).findFirst().orElseThrow().substring(7);

        Path list = home.resolve("classe.pdf");
        run = cli.run("report", "section", "--section", section, "--out", list.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(pdfText(list)).contains("Studenti della classe " + section).contains("S0000001");

        Path points = home.resolve("points");
        run = cli.run("report", "points", "--section", section, "--format", "csv", "--no-bom", "--out", points.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        List<String> rows = Files.readAllLines(points, StandardCharsets.UTF_8);
        assertThat(rows.get(0)).startsWith("Matricola,Cognome,Nome,Classe,").endsWith(",Totale");
        assertThat(rows).anyMatch(r -> r.startsWith("S0000001,"));
    }

    @Test
    void aFileNameWithoutAFormatOrAMissingFolderIsRefusedWithWhatToDo() {
        cli.signedInAs("accreditation.demo", PASSWORD);
        CliHarness.Run noFormat = cli.run("report", "accreditation", "--year", year, "--out",
                home.resolve("report.txt").toString());
        assertThat(noFormat.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(noFormat.err()).contains("end it with .pdf or .csv, or add --format pdf or --format csv");

        CliHarness.Run noFolder = cli.run("report", "accreditation", "--year", year, "--out",
                home.resolve("missing/report.pdf").toString());
        assertThat(noFolder.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(noFolder.err()).contains("does not exist: create it first");

        CliHarness.Run noYear = cli.run("report", "accreditation", "--year", "1990/1991", "--out",
                home.resolve("r.pdf").toString());
        assertThat(noYear.exitCode()).isEqualTo(ExitCodes.NOT_FOUND);
    }

    private static String pdfText(Path pdf) throws IOException, InterruptedException {
        Path text = pdf.resolveSibling(pdf.getFileName() + ".txt");
        Process process = new ProcessBuilder("pdftotext", "-enc", "UTF-8", pdf.toString(), text.toString())
                .redirectErrorStream(true).start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return Files.readString(text, StandardCharsets.UTF_8);
    }
}
