package org.studenthub.core.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.studenthub.core.transfer.TransferFixtures.STUDENT_HEADER;
import static org.studenthub.core.transfer.TransferFixtures.count;
import static org.studenthub.core.transfer.TransferFixtures.row;
import static org.studenthub.core.transfer.TransferFixtures.seed;
import static org.studenthub.core.transfer.TransferFixtures.snapshot;
import static org.studenthub.core.transfer.TransferFixtures.write;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studenthub.core.tenancy.CollegeContext;
import org.studenthub.core.transfer.csv.CsvFileException;
import org.studenthub.core.transfer.csv.CsvTable;
import org.studenthub.core.testing.DatabaseTest;
import org.studenthub.core.testing.TestDatabase;

/** What the client's import wizard needs from an import: a dry run, a chosen column mapping, progress. */
class ImportWizardSupportTest {
    private static final String VALID = STUDENT_HEADER + "\n"
            + row("S001", "Anna", "Rossi", "BSC-CS", "1A") + "\n"
            + row("S002", "Luca", "Bianchi", "MSC-CS", "2M") + "\n";
    /** The same students under other headers, in another order, with a column the import does not know. */
    private static final String RENAMED = "Surname,First name,Notes,Student code,Admitted,Course\n"
            + "Rossi,Anna,first row,S001,2024-09-15,BSC-CS\n"
            + "Bianchi,Luca,,S002,2024-09-15,MSC-CS\n";
    private static final Map<String, String> RENAMED_MAPPING = Map.of("Surname", "family_name",
            "First name", "given_name", "Student code", "student_number", "Admitted", "admission_date",
            "Course", "programme");

    @TempDir
    Path folder;

    @DatabaseTest
    void validatingAGoodFileCountsWhatTheImportWouldDoAndWritesNothing(TestDatabase db) throws Exception {
        CollegeContext college = db.newCollege();
        seed(db, college);
        StudentImporter importer = new StudentImporter(db.transactions());
        Path file = write(folder, "students.csv", VALID);
        String before = snapshot(db);

        ImportReport check = importer.validateFile(college, file, ImportOptions.defaults());

        assertThat(check.problems()).isEmpty();
        assertThat(check.rowsRead()).isEqualTo(2);
        assertThat(check.inserted()).isEqualTo(2);
        assertThat(snapshot(db)).isEqualTo(before);
        assertThat(importer.importFile(college, file, ImportOptions.defaults()).inserted()).isEqualTo(2);
    }

    @DatabaseTest
    void validatingABadFileListsEveryProblemWithLineAndColumnAndWritesNothing(TestDatabase db) throws Exception {
        CollegeContext college = db.newCollege();
        seed(db, college);
        String bad = VALID.replace("2001-02-03,,,,,,IT,ACTIVE,2024-09-15,BSC-CS", "03/02/2001,,,,,,IT,ACTIVE,2024-09-15,PHD-X")
                + row("S003", "Sara", "Neri", "MSC-CS", "") + "\n";
        String before = snapshot(db);

        ImportReport check = new StudentImporter(db.transactions()).validateFile(college,
                write(folder, "students.csv", bad), ImportOptions.validRowsOnly());

        assertThat(check.problems()).extracting(ImportProblem::line, ImportProblem::column)
                .containsExactly(tuple(2L, "date_of_birth"), tuple(2L, "programme"));
        assertThat(check.rejected()).isEqualTo(1);
        assertThat(check.inserted()).isEqualTo(2);
        assertThat(check.rejectedFile()).isEmpty();
        assertThat(snapshot(db)).isEqualTo(before);
        assertThat(Files.exists(RejectedRows.fileFor(folder.resolve("students.csv")))).isFalse();
    }

    @DatabaseTest
    void validatingFindsWhatOnlyTheDatabaseRefusesAndLeavesEarlierRowsUnwritten(TestDatabase db) throws Exception {
        CollegeContext college = db.newCollege();
        seed(db, college);
        try (Connection connection = db.database().dataSource().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("ALTER TABLE student ADD CONSTRAINT ck_student_city_dry_run"
                    + " CHECK (city IS NULL OR city <> 'Dry Run Town')");
        }
        String file = VALID + "S003,Ada,Lovelace,,2001-02-03,,,,Dry Run Town,,IT,ACTIVE,2024-09-15,BSC-CS,,\n";

        ImportReport check = new StudentImporter(db.transactions()).validateFile(college,
                write(folder, "students.csv", file), ImportOptions.defaults());

        assertThat(check.refusal()).isEqualTo(ImportReport.Refusal.DATABASE);
        assertThat(check.problems()).singleElement().satisfies(p -> assertThat(p.line()).isEqualTo(4));
        assertThat(count(db, "SELECT COUNT(*) FROM student WHERE college_id = " + college.collegeId())).isZero();
    }

    @DatabaseTest
    void aChosenMappingReadsARenamedReorderedHeaderAndIgnoresColumnsItLeavesOut(TestDatabase db) throws Exception {
        CollegeContext college = db.newCollege();
        seed(db, college);
        StudentImporter importer = new StudentImporter(db.transactions());
        Path file = write(folder, "renamed.csv", RENAMED);
        assertThat(importer.validateFile(college, file, ImportOptions.defaults()).valid())
                .as("by name, the headers are unknown").isFalse();

        ImportReport report = importer.importFile(college, file,
                ImportOptions.defaults().withColumnMapping(RENAMED_MAPPING));

        assertThat(report.problems()).as("no warning about the Notes column left out").isEmpty();
        assertThat(report.inserted()).isEqualTo(2);
        assertThat(count(db, "SELECT COUNT(*) FROM student WHERE college_id = " + college.collegeId()
                + " AND student_number = 'S001' AND given_name = 'Anna' AND family_name = 'Rossi'")).isEqualTo(1);
    }

    @DatabaseTest
    void aMappingWithoutARequiredColumnIsReportedOnTheHeader(TestDatabase db) throws Exception {
        CollegeContext college = db.newCollege();
        seed(db, college);
        Map<String, String> withoutCourse = new java.util.HashMap<>(RENAMED_MAPPING);
        withoutCourse.remove("Course");

        ImportReport check = new StudentImporter(db.transactions()).validateFile(college,
                write(folder, "renamed.csv", RENAMED), ImportOptions.defaults().withColumnMapping(withoutCourse));

        assertThat(check.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(1);
            assertThat(p.key()).isEqualTo("import.column.missing");
            assertThat(p.args()).containsExactly("programme");
        });
    }

    @Test
    void theHeadOfAFileIsReadAsAnImportReadsIt() throws Exception {
        Path file = write(folder, "students.csv", "\uFEFF" + STUDENT_HEADER + "\r\n"
                + "S001,Anna,Rossi,,,,,\"Via Roma, 1\nScala B\",Rome,,,,2024-09-15,BSC-CS,,\r\n"
                + VALID.substring(VALID.indexOf('\n') + 1));

        CsvTable.Head head = CsvTable.head(file, ImportOptions.defaults(), 2);

        assertThat(head.header()).first().isEqualTo("student_number");
        assertThat(head.rows()).hasSize(2);
        assertThat(head.rows().get(0).get(7)).isEqualTo("Via Roma, 1\nScala B");
    }

    @Test
    void theHeadOfAUtf16FileIsRefusedWithTheImportsAdvice() throws Exception {
        Path file = write(folder, "students.csv", VALID, StandardCharsets.UTF_16);

        assertThatThrownBy(() -> CsvTable.head(file, ImportOptions.defaults(), 20))
                .isInstanceOf(CsvFileException.class)
                .satisfies(e -> assertThat(((CsvFileException) e).localizedMessage(Locale.ITALIAN)).contains("UTF-16"));
    }

    @DatabaseTest
    void progressIsToldTheRowsReadAndStoppingItRollsTheImportBack(TestDatabase db) throws Exception {
        CollegeContext college = db.newCollege();
        seed(db, college);
        StringBuilder content = new StringBuilder(STUDENT_HEADER).append('\n');
        for (int i = 1; i <= 450; i++) {
            content.append(row(String.format("S%04d", i), "Anna", "Rossi", "BSC-CS", "")).append('\n');
        }
        Path file = write(folder, "students.csv", content.toString());
        List<Long> seen = new ArrayList<>();

        assertThatThrownBy(() -> new StudentImporter(db.transactions()).importFile(college, file,
                ImportOptions.defaults(), rows -> {
                    seen.add(rows);
                    if (rows == 450) {
                        throw new ImportCancelledException();
                    }
                })).isInstanceOf(ImportCancelledException.class);

        assertThat(seen).containsExactly(200L, 400L, 450L);
        assertThat(count(db, "SELECT COUNT(*) FROM student WHERE college_id = " + college.collegeId())).isZero();
    }
}
