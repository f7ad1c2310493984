package org.studenthub.core.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.studenthub.core.transfer.TransferFixtures.STUDENT_HEADER;
import static org.studenthub.core.transfer.TransferFixtures.count;
import static org.studenthub.core.transfer.TransferFixtures.row;
import static org.studenthub.core.transfer.TransferFixtures.seed;
import static org.studenthub.core.transfer.TransferFixtures.write;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.io.TempDir;
import org.studenthub.core.tenancy.CollegeContext;
import org.studenthub.core.testing.DatabaseTest;
import org.studenthub.core.testing.TestDatabase;

class ImportFileFormatTest {
    @TempDir
    Path folder;

    @DatabaseTest
    void utf8WithByteOrderMarkAndCrlfLineEndsIsImported(TestDatabase db) throws Exception {
        CollegeContext college = db.newCollege();
        seed(db, college);
        String content = "\uFEFF" + STUDENT_HEADER + "\r\n" + row("S001", "Zoë", "Müller", "BSC-CS", "1A") + "\r\n";

        ImportReport report = importStudents(db, college, write(folder, "s.csv", content));

        assertThat(report.problems()).isEmpty();
        assertThat(report.inserted()).isEqualTo(1);
        assertThat(count(db, "SELECT COUNT(*) FROM student WHERE student_number = 'S001' AND given_name = 'Zoë'"
                + " AND section_id IS NOT NULL")).isEqualTo(1);
    }

    @DatabaseTest
    void quotedCommaAndNewlineAreKeptAndLaterLinesAreCountedCorrectly(TestDatabase db) throws Exception {
        CollegeContext college = db.newCollege();
        seed(db, college);
        String content = STUDENT_HEADER + "\n"
                + "S001,Anna,Rossi,,,,,\"Via Roma, 1\nScala B\",Rome,,,,2024-09-15,BSC-CS,,\n"
                + "S002,Bad,Date,,,,,,,,,,someday,BSC-CS,,\n";

        ImportReport report = importStudents(db, college, write(folder, "s.csv", content));

        assertThat(report.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(4);
            assertThat(p.column()).isEqualTo("admission_date");
        });
        ImportReport fixed = importStudents(db, college, write(folder, "s.csv", content.replace("someday", "2024-09-15")));
        assertThat(fixed.inserted()).isEqualTo(2);
        assertThat(count(db, "SELECT COUNT(*) FROM student WHERE address_line = 'Via Roma, 1' || CHR(10) || 'Scala B'"))
                .isEqualTo(1);
    }

    @DatabaseTest
    void utf16FileIsRefusedWithAdviceToSaveAsUtf8(TestDatabase db) throws Exception {
        CollegeContext college = db.newCollege();
        seed(db, college);
        String content = STUDENT_HEADER + "\n" + row("S001", "Anna", "Rossi", "BSC-CS", "") + "\n";

        ImportReport report = importStudents(db, college, write(folder, "s.csv", content, StandardCharsets.UTF_16));

        assertThat(report.problems()).singleElement().satisfies(p -> {
            assertThat(p.message(Locale.ENGLISH)).contains("UTF-16").contains("save it as \"CSV UTF-8\"");
            assertThat(p.message(Locale.ITALIAN)).contains("UTF-16").contains("salvalo come \"CSV UTF-8\"");
        });
        assertThat(count(db, "SELECT COUNT(*) FROM student")).isZero();
    }

    @DatabaseTest
    void latin1FileIsRefusedWithAdviceToSaveAsUtf8(TestDatabase db) throws Exception {
        CollegeContext college = db.newCollege();
        seed(db, college);
        String content = STUDENT_HEADER + "\n" + row("S001", "Nicolò", "Rossi", "BSC-CS", "") + "\n";

        ImportReport report = importStudents(db, college, write(folder, "s.csv", content, StandardCharsets.ISO_8859_1));

        assertThat(report.problems()).singleElement().satisfies(p ->
                assertThat(p.message(Locale.ENGLISH)).contains("not valid UTF-8").contains("Save it as \"CSV UTF-8\""));
        assertThat(count(db, "SELECT COUNT(*) FROM student")).isZero();
    }

    @DatabaseTest
    void missingRequiredColumnIsReportedBeforeAnyRowIsChecked(TestDatabase db) throws Exception {
        CollegeContext college = db.newCollege();
        seed(db, college);
        String content = "matricola,Given_Name,nickname\nS001,Anna,\nS002,,\n";

        ImportReport report = importStudents(db, college, write(folder, "s.csv", content));

        assertThat(report.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(1);
            assertThat(p.message(Locale.ENGLISH)).contains("family_name, admission_date, programme");
        });
        assertThat(report.rowsRead()).isZero();
    }

    @DatabaseTest
    void unknownColumnIsAWarningAndTheRowsAreStillImported(TestDatabase db) throws Exception {
        CollegeContext college = db.newCollege();
        seed(db, college);
        String content = "Matricola,Nome,Cognome,Data_Iscrizione,Corso,Shoe Size\nS001,Anna,Rossi,2024-09-15,bsc-cs,38\n";

        ImportReport report = importStudents(db, college, write(folder, "s.csv", content));

        assertThat(report.valid()).isTrue();
        assertThat(report.inserted()).isEqualTo(1);
        assertThat(report.problems()).singleElement().satisfies(p -> {
            assertThat(p.blocking()).isFalse();
            assertThat(p.message(Locale.ENGLISH)).contains("Unknown column \"Shoe Size\"");
        });
    }

    @DatabaseTest
    void fileOverTheSizeLimitIsRefusedBeforeParsing(TestDatabase db) throws Exception {
        CollegeContext college = db.newCollege();
        seed(db, college);
        Path file = write(folder, "s.csv", STUDENT_HEADER + "\n" + row("S001", "Anna", "Rossi", "BSC-CS", "") + "\n");

        ImportReport report = new StudentImporter(db.transactions())
                .importFile(college, file, ImportOptions.defaults().withLimits(100, 1_000));

        assertThat(report.problems()).singleElement().satisfies(p ->
                assertThat(p.message(Locale.ENGLISH)).contains("; the limit is 100 bytes").contains("Split it"));
    }

    private static ImportReport importStudents(TestDatabase db, CollegeContext college, Path file) {
        return new StudentImporter(db.transactions()).importFile(college, file, ImportOptions.defaults());
    }
}
