package org.studenthub.reporting.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.studenthub.core.achievement.Level;
import org.studenthub.core.achievement.PointsRoster;
import org.studenthub.core.enrolment.RecordsFixture;
import org.studenthub.core.security.AccessDeniedException;
import org.studenthub.core.security.Permission;
import org.studenthub.core.security.Scope;
import org.studenthub.core.tenancy.CollegeContext;
import org.studenthub.core.testing.DatabaseTest;
import org.studenthub.core.testing.TestDatabase;
import org.studenthub.reporting.template.Templates;

/** The reports read what the core services wrote, in the caller's scope and language, into safe files. */
class ReportsTest {
    private static final Templates TEMPLATES = new Templates();
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-21T09:30:00Z"), ZoneOffset.UTC);

    @TempDir
    Path folder;

    private static Period lastYear() {
        return new Period("last year", ReportFixture.DAY.minusYears(1), ReportFixture.DAY.plusDays(5));
    }

    @DatabaseTest
    void accreditationFiguresMatchTheApprovedAchievementsInCsvAndPdf(TestDatabase db) throws Exception {
        ReportFixture f = new ReportFixture(db);
        long ada = f.student("S001", "Rossi", "Ada", f.records.programmeId, f.records.sectionId);
        long bea = f.student("S002", "Bianchi", "Bea", f.mathProgramme, f.mathSection);
        f.student("S003", "Verdi", "Carlo", f.records.programmeId, f.records.sectionId);
        f.approved(ada, Level.NATIONAL, "Cloud course");
        f.approved(ada, Level.NATIONAL, "Security course");
        f.approved(bea, Level.STATE, "Statistics course");
        Reports reports = new Reports(db.transactions(), TEMPLATES, CLOCK);

        Path csv = folder.resolve("accreditation.csv");
        reports.accreditation(f.coordinator, lastYear(), new ReportOutput(csv, ReportFormat.CSV, Locale.ENGLISH, true));
        List<String> lines = lines(csv);
        assertThat(lines).contains("3 approved achievements by 2 students",
                "Department,Code,Achievements,Students",
                "Computer Science,CS,2,1",
                "Department MATH,MATH,1,1",
                "Certification or MOOC,National,2",
                "Certification or MOOC,State,1",
                "Certification or MOOC,certification,2,66.7%",
                "0 to 9 points,1", "10 to 19 points,1");
        assertThat(lines).filteredOn(l -> l.startsWith("Students with at least one"))
                .containsExactly("Students with at least one approved achievement per category (of 3 active students)");

        Path pdf = folder.resolve("accreditation.pdf");
        reports.accreditation(f.coordinator, lastYear(), new ReportOutput(pdf, ReportFormat.PDF, Locale.ENGLISH, true));
        String text = pdfText(pdf);
        assertThat(text).contains("Accreditation report: student achievements")
                .contains("3 approved achievements by 2 students")
                .containsPattern("Computer Science\\s+CS\\s+2\\s+1")
                .containsPattern("Certification or MOOC\\s+State\\s+1")
                .contains("Page 1 of");
    }

    @DatabaseTest
    void aHeadOfDepartmentSeesTheirDepartmentAndAStudentIsRefused(TestDatabase db) throws Exception {
        ReportFixture f = new ReportFixture(db);
        long ada = f.student("S001", "Rossi", "Ada", f.records.programmeId, f.records.sectionId);
        long bea = f.student("S002", "Bianchi", "Bea", f.mathProgramme, f.mathSection);
        f.approved(ada, Level.NATIONAL, "Cloud course");
        f.approved(bea, Level.STATE, "Statistics course");
        CollegeContext mathHead = f.person("head.math", null, null, Scope.department(f.mathDepartment),
                Permission.RECORDS_READ, Permission.STUDENT_READ, Permission.REPORT_ACCREDITATION);
        Reports reports = new Reports(db.transactions(), TEMPLATES, CLOCK);
        Path csv = folder.resolve("math.csv");

        reports.accreditation(mathHead, lastYear(), new ReportOutput(csv, ReportFormat.CSV, Locale.ENGLISH, true));
        assertThat(lines(csv)).contains("Reach: your department (MATH)", "1 approved achievement by 1 student",
                "Department MATH,MATH,1,1").noneMatch(l -> l.startsWith("Computer Science,CS"));

        CollegeContext student = f.self(ada);
        Path refused = folder.resolve("refused.pdf");
        ReportOutput output = new ReportOutput(refused, ReportFormat.PDF, null, true);
        assertThatThrownBy(() -> reports.accreditation(student, lastYear(), output))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> reports.sectionList(student, f.records.sectionId, output))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> reports.points(student, PointsRoster.Filter.all(), null, null, output))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(refused).doesNotExist();
    }

    @DatabaseTest
    void csvCellsThatASpreadsheetWouldRunAreNeutralisedAndTheFileIsUtf8WithAByteOrderMark(TestDatabase db)
            throws Exception {
        ReportFixture f = new ReportFixture(db);
        f.student("S001", "=HYPERLINK(\"http://evil.example\",\"x\")", "Zoë", f.records.programmeId,
                f.records.sectionId);
        f.student("S002", "@SUM(A1:A9)", "-Niccolò", f.records.programmeId, f.records.sectionId);
        Reports reports = new Reports(db.transactions(), TEMPLATES, CLOCK);
        Path csv = folder.resolve("section.csv");

        reports.sectionList(f.registrar, f.records.sectionId, new ReportOutput(csv, ReportFormat.CSV, Locale.ENGLISH, true));

        byte[] bytes = Files.readAllBytes(csv);
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertThat(text).contains("\r\n")
                .contains("S001,\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\",Zoë,")
                .contains("S002,'@SUM(A1:A9),'-Niccolò,")
                .contains(",'+39 333 000 001,");
        assertThat(text.lines().skip(1)).noneMatch(l -> l.startsWith("=") || l.contains(",=") || l.contains(",@")
                || l.contains(",+") || l.contains(",-"));
        assertThat(f.count("SELECT COUNT(*) FROM audit_event WHERE college_id = ? AND action = 'EXPORT'"
                + " AND table_name = 'student' AND changes LIKE '%section.csv%'", f.college.collegeId()))
                .as("a list of students leaving as a file is audited").isEqualTo(1);
    }

    @DatabaseTest
    void italianReportsSayEverythingInItalianWithItalianNumbersAndDates(TestDatabase db) throws Exception {
        ReportFixture f = new ReportFixture(db);
        long ada = f.student("S001", "Rossi", "Ada", f.records.programmeId, f.records.sectionId);
        f.student("S002", "Bianchi", "Bea", f.records.programmeId, f.records.sectionId);
        f.student("S003", "Verdi", "Carlo", f.records.programmeId, f.records.sectionId);
        f.approved(ada, Level.INTERNATIONAL, "Corso di crittografia");
        Reports reports = new Reports(db.transactions(), TEMPLATES, CLOCK);
        Locale italian = Locale.ITALIAN;

        Path points = folder.resolve("punti.csv");
        reports.points(f.registrar, new PointsRoster.Filter(f.records.sectionId, null), "1A", null,
                new ReportOutput(points, ReportFormat.CSV, italian, true));
        assertThat(lines(points)).first().asString().startsWith("Matricola,Cognome,Nome,Classe,Corso di studio,"
                + "Accademico,Gare e concorsi,Sport,").endsWith(",Totale");
        assertThat(lines(points)).anyMatch(l -> l.startsWith("S001,Rossi,Ada,1A,BSC-CS,") && l.endsWith(",10,0,0,0,10"));

        Path accreditation = folder.resolve("accreditamento.csv");
        reports.accreditation(f.coordinator, lastYear(), new ReportOutput(accreditation, ReportFormat.CSV, italian, true));
        assertThat(lines(accreditation)).contains("Certificazioni o MOOC,Internazionale,1",
                "Certificazioni o MOOC,certification,1,\"33,3%\"",
                "Periodo: last year (dal " + date(lastYear().from()) + " al " + date(lastYear().to()) + ")");

        Path sheet = folder.resolve("scheda.pdf");
        reports.studentRecord(f.registrar, "S001", new ReportOutput(sheet, ReportFormat.PDF, italian, true));
        assertThat(pdfText(sheet)).contains("Scheda dello studente").contains("Rossi, Ada, matricola S001")
                .contains("Corso di crittografia").contains("Internazionale ·", "Approvato").contains("Pagina 1 di 1")
                .contains("Nato/a il 02/03/2004");
    }

    @DatabaseTest
    void aRecordSheetIsAuditedAsAViewOfTheStudent(TestDatabase db) throws Exception {
        ReportFixture f = new ReportFixture(db);
        long ada = f.student("S001", "Rossi", "Ada", f.records.programmeId, f.records.sectionId);
        Reports reports = new Reports(db.transactions(), TEMPLATES, CLOCK);

        reports.studentRecord(f.registrar, "S001",
                new ReportOutput(folder.resolve("sheet.csv"), ReportFormat.CSV, Locale.ENGLISH, true));

        assertThat(f.count("SELECT COUNT(*) FROM audit_event WHERE college_id = ? AND action = 'VIEW'"
                + " AND table_name = 'student' AND row_id = ?", f.college.collegeId(), ada)).isEqualTo(1);
        assertThat(lines(folder.resolve("sheet.csv"))).contains("Family name,Rossi", "Section,1A",
                "Date of birth,02/03/2004");
    }

    private static String date(java.time.LocalDate day) {
        return String.format("%02d/%02d/%d", day.getDayOfMonth(), day.getMonthValue(), day.getYear());
    }

    private static List<String> lines(Path csv) throws IOException {
        return Files.readAllLines(csv, StandardCharsets.UTF_8).stream().map(l -> l.replace("\uFEFF", "")).toList();
    }

    /** The PDF's text as poppler's pdftotext reads it (an independent reader), layout kept. */
    static String pdfText(Path pdf) throws IOException, InterruptedException {
        Path text = pdf.resolveSibling(pdf.getFileName() + ".txt");
        Process process;
        try {
            process = new ProcessBuilder("pdftotext", "-layout", "-enc", "UTF-8", pdf.toString(), text.toString())
                    .redirectErrorStream(true).start();
        } catch (IOException e) {
            assumeThat(false).as("poppler's pdftotext is installed").isTrue();
            throw e;
        }
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).isZero();
        return Files.readString(text, StandardCharsets.UTF_8);
    }
}
