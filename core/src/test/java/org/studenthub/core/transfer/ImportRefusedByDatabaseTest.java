package org.studenthub.core.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.studenthub.core.transfer.TransferFixtures.STUDENT_HEADER;
import static org.studenthub.core.transfer.TransferFixtures.row;
import static org.studenthub.core.transfer.TransferFixtures.seed;
import static org.studenthub.core.transfer.TransferFixtures.write;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;
import org.studenthub.core.tenancy.CollegeContext;
import org.studenthub.core.testing.DatabaseTest;
import org.studenthub.core.testing.TestDatabase;

/** An import the database refuses, though the file checks let it through: what the user and the log are told. */
class ImportRefusedByDatabaseTest {
    @TempDir
    Path folder;

    @DatabaseTest
    void aUniqueRuleUnknownToTheImporterNamesTheLineAndTheFieldToCorrect(TestDatabase db) throws Exception {
        CollegeContext college = db.newCollege();
        seed(db, college);
        addRule(db, "ALTER TABLE student ADD CONSTRAINT uq_student_email UNIQUE (college_id, email)");
        StudentImporter importer = new StudentImporter(db.transactions());
        importer.importFile(college, write(folder, "first.csv", STUDENT_HEADER + "\n"
                + withEmailAndCity("S001", "ada@example.org", "London") + "\n"), ImportOptions.defaults());

        ImportReport report = importer.importFile(college, write(folder, "second.csv", STUDENT_HEADER + "\n"
                + row("S002", "Anna", "Rossi", "BSC-CS", "") + "\n"
                + withEmailAndCity("S003", "ada@example.org", "Paris") + "\n"), ImportOptions.validRowsOnly());

        assertThat(report.refusal()).isEqualTo(ImportReport.Refusal.DATABASE);
        assertThat(report.inserted()).isZero();
        assertThat(report.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.column()).isEqualTo("email");
            assertThat(p.key()).isEqualTo("import.row.refused_by_database");
            assertThat(p.args()).containsExactly("uq_student_email");
        });
    }

    @DatabaseTest
    void theLogNamesLineAndRuleButNoValueOfTheRow(TestDatabase db) throws Exception {
        CollegeContext college = db.newCollege();
        seed(db, college);
        addRule(db, "ALTER TABLE student ADD CONSTRAINT ck_student_city_open CHECK (city IS NULL OR city <> 'Atlantis')");
        Logger log = (Logger) LoggerFactory.getLogger(CsvImporter.class);
        ListAppender<ILoggingEvent> events = new ListAppender<>();
        events.start();
        log.addAppender(events);
        Level level = log.getLevel();
        log.setLevel(Level.INFO);
        try {
            new StudentImporter(db.transactions()).importFile(college, write(folder, "students.csv", STUDENT_HEADER
                    + "\n" + row("S001", "Anna", "Rossi", "BSC-CS", "") + "\n"
                    + withEmailAndCity("S002", "hidden.person@example.org", "Atlantis") + "\n"), ImportOptions.defaults());
        } finally {
            log.detachAppender(events);
            log.setLevel(level);
        }

        assertThat(events.list).filteredOn(e -> e.getLevel() == Level.WARN).singleElement().satisfies(e -> {
            assertThat(e.getFormattedMessage()).contains("line 3").contains("ck_student_city_open");
            assertThat(e.getThrowableProxy()).as("the database's message quotes the row").isNull();
        });
        assertThat(events.list).isNotEmpty().allSatisfy(e -> assertThat(e.getFormattedMessage())
                .doesNotContain("Atlantis").doesNotContain("hidden.person").doesNotContain("Ada"));
    }

    private static String withEmailAndCity(String number, String email, String city) {
        return number + ",Ada,Lovelace,,2001-02-03," + email + ",,," + city + ",,IT,ACTIVE,2024-09-15,BSC-CS,,";
    }

    private static void addRule(TestDatabase db, String sql) throws Exception {
        try (Connection connection = db.database().dataSource().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
