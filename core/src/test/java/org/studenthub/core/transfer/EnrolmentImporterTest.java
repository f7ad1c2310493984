package org.studenthub.core.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.studenthub.core.transfer.TransferFixtures.STUDENT_HEADER;
import static org.studenthub.core.transfer.TransferFixtures.count;
import static org.studenthub.core.transfer.TransferFixtures.row;
import static org.studenthub.core.transfer.TransferFixtures.seed;
import static org.studenthub.core.transfer.TransferFixtures.write;

import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.io.TempDir;
import org.studenthub.core.tenancy.CollegeContext;
import org.studenthub.core.testing.DatabaseTest;
import org.studenthub.core.testing.TestDatabase;

class EnrolmentImporterTest {
    private static final String HEADER = "student_number,programme,academic_year,section,term,status,enrolled_on\n";

    @TempDir
    Path folder;

    @DatabaseTest
    void enrolmentsResolveStudentNumbersAndCodesAndUpsert(TestDatabase db) throws Exception {
        CollegeContext college = db.newCollege();
        seed(db, college);
        new StudentImporter(db.transactions()).importFile(college, write(folder, "s.csv", STUDENT_HEADER + "\n"
                + row("S001", "Anna", "Rossi", "BSC-CS", "") + "\n" + row("S002", "Luca", "Bianchi", "BSC-CS", "") + "\n"),
                ImportOptions.defaults());
        EnrolmentImporter importer = new EnrolmentImporter(db.transactions());
        String content = HEADER + "S001,BSC-CS,2025-26,1A,S1,,2025-09-10\nS002,BSC-CS,2025-26,1a,s1,ENROLLED,2025-09-10\n"
                + "S001,BSC-CS,2025-26,1A,S2,,2026-02-01\n";

        ImportReport report = importer.importFile(college, write(folder, "e.csv", content), ImportOptions.defaults());
        ImportReport again = importer.importFile(college, write(folder, "e.csv", content.replace(",S2,,", ",S2,WITHDRAWN,")),
                ImportOptions.defaults());

        assertThat(report.inserted()).isEqualTo(3);
        assertThat(again.updated()).isEqualTo(1);
        assertThat(again.unchanged()).isEqualTo(2);
        assertThat(count(db, "SELECT COUNT(*) FROM enrolment e JOIN student s ON s.id = e.student_id"
                + " JOIN term t ON t.id = e.term_id WHERE s.student_number = 'S001' AND t.code = 'S2'"
                + " AND e.status = 'WITHDRAWN' AND e.version = 1")).isEqualTo(1);
    }

    @DatabaseTest
    void unknownStudentNumberAndTermAreRowErrorsAndNothingIsWritten(TestDatabase db) throws Exception {
        CollegeContext college = db.newCollege();
        seed(db, college);
        new StudentImporter(db.transactions()).importFile(college, write(folder, "s.csv", STUDENT_HEADER + "\n"
                + row("S001", "Anna", "Rossi", "BSC-CS", "") + "\n"), ImportOptions.defaults());
        String content = HEADER + "S001,BSC-CS,2025-26,1A,S1,,2025-09-10\nS404,BSC-CS,2025-26,1A,S1,,2025-09-10\n"
                + "S001,BSC-CS,2025-26,1A,S9,,2025-09-10\n";

        ImportReport report = new EnrolmentImporter(db.transactions())
                .importFile(college, write(folder, "e.csv", content), ImportOptions.defaults());

        assertThat(report.problems()).extracting(p -> p.message(Locale.ENGLISH)).containsExactly(
                "Line 3, column student_number: No student with number \"S404\" exists in this college."
                        + " Import the student first or correct the number.",
                "Line 4, column term: No term \"S9\" exists in academic year 2025-26 of this college."
                        + " Check the term code.");
        assertThat(count(db, "SELECT COUNT(*) FROM enrolment")).isZero();
    }
}
