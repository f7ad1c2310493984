package org.studenthub.core.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.studenthub.core.transfer.TransferFixtures.STUDENT_HEADER;
import static org.studenthub.core.transfer.TransferFixtures.seed;
import static org.studenthub.core.transfer.TransferFixtures.snapshot;
import static org.studenthub.core.transfer.TransferFixtures.write;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.studenthub.core.tenancy.CollegeContext;
import org.studenthub.core.testing.DatabaseTest;
import org.studenthub.core.testing.TestDatabase;

class CsvExporterTest {
    @TempDir
    Path folder;

    @DatabaseTest
    void exportNeutralisesFormulaCellsAndReimportsWithoutChanges(TestDatabase db) throws Exception {
        CollegeContext college = db.newCollege();
        seed(db, college);
        String content = STUDENT_HEADER + "\n"
                + "S001,=HYPERLINK(\"x\"),Rossi,@me,2001-02-03,a@b.it,+39 06 1234,\"Via Roma, 1\",Rome,00100,IT,ACTIVE,"
                + "2024-09-15,BSC-CS,2024-25,1A\n"
                + "S002,Anna,-Bianchi,,,,,,,,,GRADUATED,2024-09-15,MSC-CS,,2M\n";
        for (int i = 3; i <= 1_205; i++) {
            content += "S" + i + ",Given" + i + ",Family" + i + ",,,,,,,,,,2024-09-15,BSC-CS,,\n";
        }
        StudentImporter importer = new StudentImporter(db.transactions());
        assertThat(importer.importFile(college, write(folder, "in.csv", content), ImportOptions.defaults()).inserted())
                .isEqualTo(1_205);
        String before = snapshot(db);
        Path exported = folder.resolve("students.csv");

        long rows = new CsvExporter(db.transactions()).exportStudents(college, exported, ExportOptions.defaults());

        assertThat(rows).isEqualTo(1_205);
        assertThat(Files.readAllBytes(exported)).startsWith(0xEF, 0xBB, 0xBF);
        List<CsvRecord> records;
        try (CsvReader<CsvRecord> csv = CsvReader.builder().detectBomHeader(true).ofCsvRecord(exported)) {
            records = csv.stream().toList();
        }
        assertThat(String.join(",", records.get(0).getFields())).isEqualTo(STUDENT_HEADER);
        assertThat(records.get(1).getFields()).containsExactly("S001", "'=HYPERLINK(\"x\")", "Rossi", "'@me",
                "2001-02-03", "a@b.it", "'+39 06 1234", "Via Roma, 1", "Rome", "00100", "IT", "ACTIVE", "2024-09-15",
                "BSC-CS", "2024-25", "1A");
        assertThat(records.get(2).getField(2)).isEqualTo("'-Bianchi");
        ImportReport again = importer.importFile(college, exported, ImportOptions.defaults());
        assertThat(again.unchanged()).isEqualTo(1_205);
        assertThat(snapshot(db)).isEqualTo(before);
    }

    @DatabaseTest
    void teachersRoundTripThroughExportAndImport(TestDatabase db) throws Exception {
        CollegeContext college = db.newCollege();
        seed(db, college);
        String content = "staff_number,given_name,family_name,title,email,phone,department,status,hired_on\n"
                + "T1,Maria,Verdi,Prof.,m@x.it,,cs,ACTIVE,2010-09-01\nT2,Gino,Neri,,,,CS,ON_LEAVE,\n";
        TeacherImporter importer = new TeacherImporter(db.transactions());
        assertThat(importer.importFile(college, write(folder, "t.csv", content), ImportOptions.defaults()).inserted())
                .isEqualTo(2);
        assertThat(TransferFixtures.count(db, "SELECT COUNT(*) FROM teacher WHERE name_key = 'verdi maria'")).isEqualTo(1);
        String before = snapshot(db);
        Path exported = folder.resolve("teachers.csv");

        new CsvExporter(db.transactions()).exportTeachers(college, exported, new ExportOptions(false));

        assertThat(Files.readString(exported)).startsWith("staff_number,given_name");
        assertThat(importer.importFile(college, exported, ImportOptions.defaults()).unchanged()).isEqualTo(2);
        assertThat(snapshot(db)).isEqualTo(before);
    }
}
