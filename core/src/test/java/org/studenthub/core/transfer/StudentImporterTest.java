package org.studenthub.core.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.studenthub.core.transfer.TransferFixtures.STUDENT_HEADER;
import static org.studenthub.core.transfer.TransferFixtures.count;
import static org.studenthub.core.transfer.TransferFixtures.row;
import static org.studenthub.core.transfer.TransferFixtures.seed;
import static org.studenthub.core.transfer.TransferFixtures.snapshot;
import static org.studenthub.core.transfer.TransferFixtures.write;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.util.List;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.io.TempDir;
import org.studenthub.core.tenancy.CollegeContext;
import org.studenthub.core.testing.DatabaseTest;
import org.studenthub.core.testing.TestDatabase;

class StudentImporterTest {
    private static final String VALID = STUDENT_HEADER + "\n"
            + row("S001", "Nicolò", "D'Angelo", "BSC-CS", "1A") + "\n"
            + row("S002", "Anna", "Rossi", "MSC-CS", "2M") + "\n"
            + row("S003", "Luca", "Bianchi", "BSC-CS", "") + "\n";

    @TempDir
    Path folder;

    @DatabaseTest
    void validFileInsertsEveryStudentWithNameKeyAndSearchFragments(TestDatabase db) throws Exception {
        CollegeContext college = db.newCollege();
        seed(db, college);

        ImportReport report = new StudentImporter(db.transactions())
                .importFile(college, write(folder, "students.csv", VALID), ImportOptions.defaults());

        assertThat(report.problems()).isEmpty();
        assertThat(report.rowsRead()).isEqualTo(3);
        assertThat(report.inserted()).isEqualTo(3);
        assertThat(count(db, "SELECT COUNT(*) FROM student WHERE name_key = 'd angelo nicolo'")).isEqualTo(1);
        assertThat(count(db, "SELECT COUNT(*) FROM student s JOIN section c ON c.id = s.section_id"
                + " JOIN academic_year y ON y.id = c.academic_year_id WHERE y.code = '2025-26'")).isEqualTo(2);
        assertThat(searchNumbers(db, college, "angelo")).containsExactly("S001");
    }

    @DatabaseTest
    void reimportingTheSameFileCreatesNoDuplicatesAndLeavesRowsAlone(TestDatabase db) throws Exception {
        CollegeContext college = db.newCollege();
        seed(db, college);
        StudentImporter importer = new StudentImporter(db.transactions());
        Path file = write(folder, "students.csv", VALID);
        importer.importFile(college, file, ImportOptions.defaults());
        String before = snapshot(db);

        ImportReport again = importer.importFile(college, file, ImportOptions.defaults());

        assertThat(again.inserted()).isZero();
        assertThat(again.updated()).isZero();
        assertThat(again.unchanged()).isEqualTo(3);
        assertThat(snapshot(db)).isEqualTo(before);
    }

    @DatabaseTest
    void changedRowIsUpdatedWithNextVersionAndReindexed(TestDatabase db) throws Exception {
        CollegeContext college = db.newCollege();
        seed(db, college);
        StudentImporter importer = new StudentImporter(db.transactions());
        importer.importFile(college, write(folder, "students.csv", VALID), ImportOptions.defaults());

        ImportReport report = importer.importFile(college, write(folder, "students.csv", VALID.replace("Rossi", "Verdi")),
                ImportOptions.defaults());

        assertThat(report.updated()).isEqualTo(1);
        assertThat(report.unchanged()).isEqualTo(2);
        assertThat(count(db, "SELECT version FROM student WHERE student_number = 'S002'")).isEqualTo(1);
        assertThat(count(db, "SELECT version FROM student WHERE student_number = 'S001'")).isZero();
        assertThat(searchNumbers(db, college, "verdi")).containsExactly("S002");
        assertThat(searchNumbers(db, college, "rossi")).isEmpty();
    }

    @DatabaseTest
    void unknownProgrammeCodeIsARowErrorNamingColumnAndValue(TestDatabase db) throws Exception {
        CollegeContext college = db.newCollege();
        seed(db, college);

        ImportReport report = new StudentImporter(db.transactions()).importFile(college,
                write(folder, "students.csv", VALID.replace("MSC-CS,,2M", "PHD-X,,")), ImportOptions.defaults());

        assertThat(report.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.column()).isEqualTo("programme");
            assertThat(p.message(Locale.ENGLISH)).contains("Line 3, column programme").contains("\"PHD-X\"");
            assertThat(p.message(Locale.ITALIAN)).contains("Riga 3, colonna programme").contains("\"PHD-X\"");
        });
        assertThat(count(db, "SELECT COUNT(*) FROM student")).isZero();
    }

    @DatabaseTest
    void badDateIsReportedWithItsLineAndColumn(TestDatabase db) throws Exception {
        CollegeContext college = db.newCollege();
        seed(db, college);

        ImportReport report = new StudentImporter(db.transactions()).importFile(college,
                write(folder, "students.csv", VALID.replace("2001-02-03,,,,,,IT,ACTIVE,2024-09-15,MSC-CS",
                        "03/02/2001,,,,,,IT,ACTIVE,2024-09-15,MSC-CS")), ImportOptions.defaults());

        assertThat(report.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.column()).isEqualTo("date_of_birth");
            assertThat(p.message(Locale.ENGLISH)).contains("\"03/02/2001\" is not a date in the form yyyy-MM-dd");
        });
        assertThat(report.rejected()).isEqualTo(1);
        assertThat(report.inserted()).isZero();
    }

    @DatabaseTest
    void repeatedStudentNumberWithinTheFileIsRejected(TestDatabase db) throws Exception {
        CollegeContext college = db.newCollege();
        seed(db, college);

        ImportReport report = new StudentImporter(db.transactions()).importFile(college,
                write(folder, "students.csv", VALID + row("S001", "Other", "Person", "BSC-CS", "") + "\n"),
                ImportOptions.defaults());

        assertThat(report.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(5);
            assertThat(p.column()).isEqualTo("student_number");
            assertThat(p.message(Locale.ENGLISH)).contains("\"S001\" already appears on line 2");
        });
        assertThat(count(db, "SELECT COUNT(*) FROM student")).isZero();
    }

    @DatabaseTest
    void fieldLongerThanTheLimitIsRejected(TestDatabase db) throws Exception {
        CollegeContext college = db.newCollege();
        seed(db, college);
        String longCity = "x".repeat(1_001);

        ImportReport report = new StudentImporter(db.transactions()).importFile(college, write(folder, "students.csv",
                STUDENT_HEADER + "\nS009,Ada,Byron,,,,,," + longCity + ",,,,2024-09-15,BSC-CS,,\n"), ImportOptions.defaults());

        assertThat(report.problems()).singleElement().satisfies(p -> {
            assertThat(p.column()).isEqualTo("city");
            assertThat(p.message(Locale.ENGLISH)).contains("1001 characters; at most 1000");
        });
    }

    @DatabaseTest
    void rejectedFileLeavesTheDatabaseExactlyAsItWas(TestDatabase db) throws Exception {
        CollegeContext college = db.newCollege();
        seed(db, college);
        StudentImporter importer = new StudentImporter(db.transactions());
        importer.importFile(college, write(folder, "students.csv", VALID), ImportOptions.defaults());
        String before = snapshot(db);
        String changedAndOneBad = VALID.replace("Rossi", "Verdi") + row("S004", "New", "Student", "BSC-CS", "") + "\n"
                + row("S005", "Bad", "Section", "BSC-CS", "9Z") + "\n";

        ImportReport report = importer.importFile(college, write(folder, "students.csv", changedAndOneBad),
                ImportOptions.defaults());

        assertThat(report.valid()).isFalse();
        assertThat(report.written()).isFalse();
        assertThat(report.problems()).extracting(ImportProblem::line, ImportProblem::column)
                .containsExactly(tuple(6L, "section"));
        assertThat(snapshot(db)).isEqualTo(before);
    }

    @DatabaseTest
    void validRowsModeImportsGoodRowsAndWritesExactlyTheBadOnesWithReasons(TestDatabase db) throws Exception {
        CollegeContext college = db.newCollege();
        seed(db, college);
        String content = VALID + row("S004", "Bad", "Date", "BSC-CS", "").replace("2001-02-03", "2001-13-01") + "\n"
                + row("S005", "Bad", "Programme", "NOPE", "") + "\n";

        ImportReport report = new StudentImporter(db.transactions())
                .importFile(college, write(folder, "students.csv", content), ImportOptions.validRowsOnly());

        assertThat(report.inserted()).isEqualTo(3);
        assertThat(report.rejected()).isEqualTo(2);
        Path rejected = folder.resolve("students.rejected.csv");
        assertThat(report.rejectedFile()).contains(rejected.toAbsolutePath());
        List<CsvRecord> records;
        try (CsvReader<CsvRecord> csv = CsvReader.builder().detectBomHeader(true).ofCsvRecord(rejected)) {
            records = csv.stream().toList();
        }
        assertThat(String.join(",", records.get(0).getFields())).isEqualTo(STUDENT_HEADER + ",rejection_reason");
        assertThat(records.subList(1, records.size())).extracting(r -> r.getField(0), r -> r.getField(16)).containsExactly(
                tuple("S004", "Line 5, column date_of_birth: \"2001-13-01\" is not a date in the form yyyy-MM-dd"
                        + " (for example 2024-09-15). Correct it."),
                tuple("S005", "Line 6, column programme: No record with code \"NOPE\" exists in this college."
                        + " Check the code or create the record first."));
        assertThat(folder).isDirectoryNotContaining("glob:**.tmp");
    }

    @DatabaseTest
    void mixedFileInsertsNewStudentsInFileOrderAndCountsEachOutcome(TestDatabase db) throws Exception {
        CollegeContext college = db.newCollege();
        seed(db, college);
        StudentImporter importer = new StudentImporter(db.transactions());
        importer.importFile(college, write(folder, "students.csv", VALID), ImportOptions.defaults());
        String changed = VALID.replace("Rossi", "Verdi") + row("S005", "Ada", "Byron", "BSC-CS", "") + "\n"
                + row("S004", "Alan", "Turing", "MSC-CS", "2M") + "\n";

        ImportReport report = importer.importFile(college, write(folder, "students.csv", changed),
                ImportOptions.defaults());

        assertThat(report).extracting(ImportReport::rowsRead, ImportReport::inserted, ImportReport::updated,
                ImportReport::unchanged, ImportReport::rejected).containsExactly(5L, 2L, 1L, 2L, 0L);
        assertThat(count(db, "SELECT COUNT(*) FROM student s5 JOIN student s4 ON s4.college_id = s5.college_id"
                + " WHERE s5.student_number = 'S005' AND s4.student_number = 'S004' AND s5.id < s4.id")).isEqualTo(1);
        assertThat(searchNumbers(db, college, "turing")).containsExactly("S004");
    }

    @DatabaseTest
    void quotesCommasLineBreaksAndAccentsAreStoredExactly(TestDatabase db) throws Exception {
        CollegeContext college = db.newCollege();
        seed(db, college);
        String address = "Via dell'Orso, 5 \"B\"\nScala C";
        String content = STUDENT_HEADER + "\nS010,Nicolò,D'Angelo,,2001-02-03,,,\"" + address.replace("\"", "\"\"")
                + "\",Forlì,,IT,ACTIVE,2024-09-15,BSC-CS,,\n";

        ImportReport report = new StudentImporter(db.transactions())
                .importFile(college, write(folder, "students.csv", content), ImportOptions.defaults());

        assertThat(report.problems()).isEmpty();
        assertThat(report.inserted()).isEqualTo(1);
        assertThat(text(db, "SELECT address_line FROM student WHERE student_number = 'S010'")).isEqualTo(address);
        assertThat(text(db, "SELECT city FROM student WHERE student_number = 'S010'")).isEqualTo("Forlì");
        assertThat(count(db, "SELECT COUNT(*) FROM student WHERE student_number = 'S010' AND preferred_name IS NULL"
                + " AND email IS NULL AND section_id IS NULL")).isEqualTo(1);
    }

    @DatabaseTest
    void newRowRefusedByADatabaseRuleLeavesTheDatabaseAsItWasAndNamesItsLine(TestDatabase db) throws Exception {
        CollegeContext college = db.newCollege();
        seed(db, college);
        StudentImporter importer = new StudentImporter(db.transactions());
        importer.importFile(college, write(folder, "students.csv", VALID), ImportOptions.defaults());
        addRuleUnknownToTheImporter(db);
        String before = snapshot(db);
        String content = VALID.replace("Rossi", "Verdi") + row("S004", "New", "Student", "BSC-CS", "") + "\n"
                + inAtlantis(row("S005", "Lost", "City", "BSC-CS", "")) + "\n"
                + inAtlantis(row("S006", "Also", "Lost", "BSC-CS", "")) + "\n";

        ImportReport report = importer.importFile(college, write(folder, "students.csv", content),
                ImportOptions.defaults());

        assertThat(report.written()).isFalse();
        assertThat(report.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(6);
            assertThat(p.message(Locale.ENGLISH)).isEqualTo("Line 6, column city: The database refused this row (rule"
                    + " ck_student_not_atlantis), so nothing was imported, not even the valid rows. Correct or remove"
                    + " the row and import the file again, or ask your administrator about this rule.");
            assertThat(p.message(Locale.ITALIAN)).startsWith("Riga 6, colonna city: Il database ha rifiutato questa riga");
        });
        assertThat(snapshot(db)).isEqualTo(before);
    }

    @DatabaseTest
    void changedRowRefusedByADatabaseRuleLeavesTheDatabaseAsItWasAndNamesItsLine(TestDatabase db) throws Exception {
        CollegeContext college = db.newCollege();
        seed(db, college);
        StudentImporter importer = new StudentImporter(db.transactions());
        importer.importFile(college, write(folder, "students.csv", VALID), ImportOptions.defaults());
        addRuleUnknownToTheImporter(db);
        String before = snapshot(db);
        String content = STUDENT_HEADER + "\n" + row("S004", "New", "Student", "BSC-CS", "") + "\n"
                + row("S001", "Nicolò", "D'Angelo", "BSC-CS", "1A") + "\n"
                + inAtlantis(row("S002", "Anna", "Rossi", "MSC-CS", "2M")) + "\n";

        ImportReport report = importer.importFile(college, write(folder, "students.csv", content),
                ImportOptions.validRowsOnly());

        assertThat(report.written()).isFalse();
        assertThat(report.refusal()).isEqualTo(ImportReport.Refusal.DATABASE);
        assertThat(report.rejectedFile()).isEmpty();
        assertThat(report.problems()).extracting(ImportProblem::line, ImportProblem::column, ImportProblem::key)
                .containsExactly(tuple(4L, "city", "import.row.refused_by_database"));
        assertThat(snapshot(db)).isEqualTo(before);
    }

    /** A rule the file checks do not know, as a database administrator might add one. */
    private static void addRuleUnknownToTheImporter(TestDatabase db) throws Exception {
        try (var connection = db.database().dataSource().getConnection(); var statement = connection.createStatement()) {
            statement.execute("ALTER TABLE student ADD CONSTRAINT ck_student_not_atlantis"
                    + " CHECK (city IS NULL OR city <> 'Atlantis')");
        }
    }

    private static String inAtlantis(String row) {
        return row.replace(",,,,,,IT,", ",,,,Atlantis,,IT,");
    }

    private static String text(TestDatabase db, String sql) throws Exception {
        try (var connection = db.database().dataSource().getConnection(); var statement = connection.createStatement();
                var rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static java.util.List<String> searchNumbers(TestDatabase db, CollegeContext college, String text) {
        return new org.studenthub.core.student.search.StudentSearch(db.transactions())
                .search(college, org.studenthub.core.student.search.StudentQuery.of(text),
                        new org.studenthub.core.common.PageRequest(100, null))
                .items().stream().map(org.studenthub.core.student.search.StudentRow::studentNumber).toList();
    }
}
