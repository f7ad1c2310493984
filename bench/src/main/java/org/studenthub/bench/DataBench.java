package org.studenthub.bench;

import java.io.BufferedWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.postgresql.PGConnection;
import org.studenthub.core.college.CollegeService;
import org.studenthub.core.common.PageRequest;
import org.studenthub.core.db.Database;
import org.studenthub.core.db.DatabaseLocation;
import org.studenthub.core.db.Vendor;
import org.studenthub.core.demo.DemoGenerator;
import org.studenthub.core.demo.DemoOptions;
import org.studenthub.core.demo.DemoProgress;
import org.studenthub.core.student.search.StudentQuery;
import org.studenthub.core.student.search.StudentSearch;
import org.studenthub.core.tenancy.CollegeContext;
import org.studenthub.core.tenancy.PlatformContext;
import org.studenthub.core.transfer.ImportOptions;
import org.studenthub.core.transfer.ImportReport;
import org.studenthub.core.transfer.StudentImporter;

/**
 * Demo generation, CSV import and student search, each beside a raw baseline of the database alone.
 */
final class DataBench {
    private static final String[] GIVEN = {"Marco", "Giulia", "Nicolò", "Emma", "Oliver", "Sofia", "Luca", "Amelia"};
    private static final String[] FAMILY = {"Rossi", "Rossetti", "Ambrosio", "Smith", "Bianchi", "D'Angelo", "Taylor",
        "Esposito", "Ross", "Romano", "Colombo", "Brown"};

    private DataBench() {}

    /** Generates demo data of {@code students}; returns the demo result and leaves the database open. */
    static Result demo(Database database, Vendor vendor, int students) throws Exception {
        long start = System.nanoTime();
        new DemoGenerator(database).generate(PlatformContext.system("bench"),
                new DemoOptions(students, 1, DemoOptions.DEFAULT_SEED, "DEMO"),
                DemoProgress.NONE);
        double millis = Stats.millisSince(start);
        double baseline = rawStudentInsert(database, students);
        return new Result("demo_generate_s", millis / 1000, "s", baseline / 1000, 30.0 * students / 100_000, true,
                vendor.name(), students, "target scaled to size (30 s per 100k); baseline: batched insert of the"
                        + " same number of bare student rows into an unindexed table");
    }

    static List<Result> importStudents(Database database, Vendor vendor, Path scratch, int rows) throws Exception {
        CollegeContext college = CollegeContext.system(new CollegeService(database.transactions()).getByCode("DEMO").id(),
                "bench");
        Path file = scratch.resolve("import-" + vendor + ".csv");
        writeCsv(database, file, rows);
        long start = System.nanoTime();
        ImportReport report = new StudentImporter(database.transactions()).importFile(college, file,
                ImportOptions.defaults());
        double millis = Stats.millisSince(start);
        if (report.inserted() != rows) {
            throw new IllegalStateException("import inserted " + report.inserted() + " of " + rows + ": "
                    + report.problems());
        }
        double baseline = rawLoad(database, vendor, file);
        double target = (vendor == Vendor.POSTGRESQL ? 1.5 : 2.0) * rows / 100_000;
        return List.of(new Result("import_students_s", millis / 1000, "s", baseline / 1000, target, true,
                vendor.name(), rows, "target scaled to size (1.5 s PG / 2 s H2 per 100k); baseline: "
                        + (vendor == Vendor.POSTGRESQL ? "COPY of the same file" : "CSVREAD of the same file")
                        + " into an unindexed table"));
    }

    static List<Result> search(Database database, Vendor vendor, int students, int queries) throws Exception {
        CollegeContext college = CollegeContext.system(new CollegeService(database.transactions()).getByCode("DEMO").id(),
                "bench");
        StudentSearch search = new StudentSearch(database.transactions());
        if (vendor == Vendor.H2) {
            // H2 hands back the previous result of an identical query while no table changed; the
            // benchmark repeats each text many times, a user does not
            try (Connection c = database.dataSource().getConnection(); Statement s = c.createStatement()) {
                s.execute("SET OPTIMIZE_REUSE_RESULTS FALSE");
            }
        }
        Random random = new Random(7);
        String[] prefixes = {"ros", "mar", "bia", "giu", "esp", "smi", "tay", "col", "ro", "b"};
        String[] substrings = {"oss", "ini", "ett", "ang", "osi", "ell", "ari", "ola"};
        String[] twoWords = {"ros mar", "rossi marco", "marco rossi", "bia giu", "esp a", "de ro", "col l"};
        double[] number = new double[queries];
        double[] prefix = new double[queries];
        double[] substring = new double[queries];
        double[] twoWord = new double[queries];
        double[] raw = new double[queries];
        PageRequest page = new PageRequest(50, null);
        for (int i = -20; i < queries; i++) {
            String wanted = String.format("S%07d", 1 + random.nextInt(students));
            long t = System.nanoTime();
            search.search(college, StudentQuery.of(wanted), page);
            double a = Stats.millisSince(t);
            t = System.nanoTime();
            search.search(college, StudentQuery.of(prefixes[random.nextInt(prefixes.length)]), page);
            double b = Stats.millisSince(t);
            t = System.nanoTime();
            search.search(college, StudentQuery.of(substrings[random.nextInt(substrings.length)]), page);
            double c = Stats.millisSince(t);
            t = System.nanoTime();
            search.search(college, StudentQuery.of(twoWords[random.nextInt(twoWords.length)]), page);
            double e = Stats.millisSince(t);
            double d = rawById(database, 1 + random.nextInt(students));
            if (i >= 0) {
                number[i] = a;
                prefix[i] = b;
                substring[i] = c;
                twoWord[i] = e;
                raw[i] = d;
            }
        }
        double base = Stats.percentile(raw, 95);
        String note = "p95 of " + queries + " service calls (first page of 50, includes the transaction);"
                + " baseline: p95 of a raw SELECT by primary key";
        double substringTarget = vendor == Vendor.POSTGRESQL ? 20 : 25;
        List<Result> results = new ArrayList<>();
        results.add(new Result("search_number_p95_ms", Stats.percentile(number, 95), "ms", base, 2, true,
                vendor.name(), students, note));
        results.add(new Result("search_name_prefix_p95_ms", Stats.percentile(prefix, 95), "ms", base, 2, true,
                vendor.name(), students, note));
        results.add(new Result("search_substring_p95_ms", Stats.percentile(substring, 95), "ms", base, substringTarget,
                true, vendor.name(), students, note));
        results.add(new Result("search_two_words_p95_ms", Stats.percentile(twoWord, 95), "ms", base, substringTarget,
                true, vendor.name(), students, note + "; two words (\"rossi marco\", \"ros mar\"...), held to the"
                        + " substring target"));
        return results;
    }

    private static double rawById(Database database, long id) throws Exception {
        try (Connection c = database.dataSource().getConnection();
             PreparedStatement s = c.prepareStatement("SELECT id, student_number, family_name FROM student WHERE id = ?")) {
            long start = System.nanoTime();
            s.setLong(1, id);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
            }
            return Stats.millisSince(start);
        }
    }

    private static void writeCsv(Database database, Path file, int rows) throws Exception {
        String programme;
        String year;
        String section;
        try (Connection c = database.dataSource().getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT p.code, y.code, x.code FROM section x JOIN programme p ON p.id ="
                     + " x.programme_id JOIN academic_year y ON y.id = x.academic_year_id WHERE y.status = 'CURRENT'"
                     + " ORDER BY x.id")) {
            rs.next();
            programme = rs.getString(1);
            year = rs.getString(2);
            section = rs.getString(3);
        }
        Random random = new Random(11);
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("student_number,given_name,family_name,date_of_birth,email,phone,city,country_code,status,"
                    + "admission_date,programme,academic_year,section\n");
            for (int i = 1; i <= rows; i++) {
                String given = GIVEN[random.nextInt(GIVEN.length)];
                String family = FAMILY[random.nextInt(FAMILY.length)];
                w.write(String.format("I%07d,%s,\"%s\",2004-0%d-1%d,i%d@example.org,+39 333 %07d,Milano,IT,ACTIVE,"
                        + "2024-09-15,%s,%s,%s%n", i, given, family, 1 + random.nextInt(9), random.nextInt(9), i, i,
                        programme, year, section));
            }
        }
    }

    private static double rawLoad(Database database, Vendor vendor, Path file) throws Exception {
        try (Connection c = database.dataSource().getConnection(); Statement s = c.createStatement()) {
            long start = System.nanoTime();
            if (vendor == Vendor.POSTGRESQL) {
                s.execute("CREATE TABLE raw_import (a text, b text, c text, d text, e text, f text, g text, h text,"
                        + " i text, j text, k text, l text, m text)");
                try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    c.unwrap(PGConnection.class).getCopyAPI()
                            .copyIn("COPY raw_import FROM STDIN WITH (FORMAT csv, HEADER true)", reader);
                }
            } else {
                s.execute("CREATE TABLE raw_import AS SELECT * FROM CSVREAD('" + file.toAbsolutePath()
                        + "', NULL, 'charset=UTF-8')");
            }
            double millis = Stats.millisSince(start);
            s.execute("DROP TABLE raw_import");
            return millis;
        }
    }

    private static double rawStudentInsert(Database database, int rows) throws Exception {
        try (Connection c = database.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE raw_student (n VARCHAR(32), g VARCHAR(100), f VARCHAR(100), k VARCHAR(310),"
                    + " b DATE, e VARCHAR(254))");
            c.setAutoCommit(false);
            long start = System.nanoTime();
            try (PreparedStatement p = c.prepareStatement("INSERT INTO raw_student VALUES (?, ?, ?, ?, ?, ?)")) {
                for (int i = 0; i < rows; i++) {
                    p.setString(1, "R" + i);
                    p.setString(2, GIVEN[i % GIVEN.length]);
                    p.setString(3, FAMILY[i % FAMILY.length]);
                    p.setString(4, FAMILY[i % FAMILY.length].toLowerCase() + " " + GIVEN[i % GIVEN.length]);
                    p.setDate(5, java.sql.Date.valueOf("2004-01-01"));
                    p.setString(6, "r" + i + "@example.org");
                    p.addBatch();
                    if (i % 1000 == 999) {
                        p.executeBatch();
                    }
                }
                p.executeBatch();
            }
            c.commit();
            double millis = Stats.millisSince(start);
            s.execute("DROP TABLE raw_student");
            c.commit();
            c.setAutoCommit(true);
            return millis;
        }
    }

    static Database open(DatabaseLocation location) {
        return Database.open(location);
    }
}
