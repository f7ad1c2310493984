package org.studenthub.core.student.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.studenthub.core.common.PageRequest;
import org.studenthub.core.db.Database;
import org.studenthub.core.db.DatabaseLocation;
import org.studenthub.core.db.PostgresRoles;
import org.studenthub.core.db.PostgresServerSetup;
import org.studenthub.core.db.Vendor;
import org.studenthub.core.tenancy.CollegeContext;
import org.studenthub.core.testing.TestDatabases;

/** Upgrading a database that already holds students (the schema before V027) makes them searchable by word. */
@Tag("database")
class NameWordsMigrationTest {

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void existingStudentsAreIndexedByTheMigration(Vendor vendor, @TempDir Path folder) throws Exception {
        DatabaseLocation location = vendor == Vendor.H2
                ? DatabaseLocation.embedded(Files.createDirectories(folder.resolve("db")))
                : TestDatabases.emptyPostgresDatabase();
        if (vendor == Vendor.POSTGRESQL) {
            PostgresServerSetup.prepareRoles(location, TestDatabases.ROLES);
        }
        try (Database database = Database.connect(location)) {
            migrateToBeforeV027(database, vendor, location);
            long college = writeStudentsBeforeV027(database);

            database.migrate();

            CollegeContext context = CollegeContext.system(college, "tester");
            assertThat(numbers(database, context, "angelo")).containsExactly("S1");
            assertThat(numbers(database, context, "ros")).containsExactly("S3", "S2");
            assertThat(numbers(database, context, "ro ma")).containsExactly("S2");
        }
    }

    /** As the application would have, before V027: on PostgreSQL as the owner role, with the role prefix. */
    private static void migrateToBeforeV027(Database database, Vendor vendor, DatabaseLocation location) {
        FluentConfiguration flyway = Flyway.configure(NameWordsMigrationTest.class.getClassLoader())
                .locations("classpath:db/migration/common", "classpath:db/migration/" + vendor.migrationFolder())
                .target("25");
        if (vendor == Vendor.H2) {
            flyway.dataSource(database.dataSource()).placeholders(Map.of("prefix", "embedded"));
        } else {
            flyway.dataSource(location.jdbcUrl(), location.user(), new String(location.password()))
                    .initSql("SET ROLE " + PostgresRoles.quote(TestDatabases.ROLES.owner()))
                    .placeholders(Map.of("prefix", TestDatabases.ROLES.prefix()));
        }
        flyway.load().migrate();
    }

    private static long writeStudentsBeforeV027(Database database) throws SQLException {
        try (Connection c = database.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute("INSERT INTO college (id, code, name) VALUES (7, 'MIG', 'Migrated')");
            s.execute("INSERT INTO department (id, college_id, code, name) VALUES (70, 7, 'D', 'Dept')");
            s.execute("INSERT INTO programme (id, college_id, department_id, code, name, degree, level, duration_years,"
                    + " credits) VALUES (700, 7, 70, 'P', 'Programme', 'BSc', 'BACHELOR', 3, 180)");
            s.execute("INSERT INTO student (college_id, student_number, given_name, family_name, name_key,"
                    + " admission_date, programme_id) VALUES"
                    + " (7, 'S1', 'Giosuè', 'D''Angelo', 'd angelo giosue', DATE '2024-09-01', 700),"
                    + " (7, 'S2', 'Marco', 'Rossi', 'rossi marco', DATE '2024-09-01', 700),"
                    + " (7, 'S3', 'Rosa', 'De Rosa', 'de rosa rosa', DATE '2024-09-01', 700)");
            return 7;
        }
    }

    private static List<String> numbers(Database database, CollegeContext college, String text) {
        return new StudentSearch(database.transactions()).search(college, StudentQuery.of(text),
                new PageRequest(50, null)).items().stream().map(StudentRow::studentNumber).toList();
    }
}
