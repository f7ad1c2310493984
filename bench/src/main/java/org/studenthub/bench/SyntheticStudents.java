package org.studenthub.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.studenthub.core.college.CollegeService;
import org.studenthub.core.common.NameKeys;
import org.studenthub.core.db.Database;
import org.studenthub.core.db.Vendor;
import org.studenthub.core.demo.DemoGenerator;
import org.studenthub.core.demo.DemoNamePools;
import org.studenthub.core.demo.DemoOptions;
import org.studenthub.core.demo.DemoProgress;
import org.studenthub.core.student.search.StudentSearchIndexer;
import org.studenthub.core.tenancy.CollegeContext;
import org.studenthub.core.tenancy.PlatformContext;

/**
 * Fills a demo college up to a large number of students quickly, for the search benchmark: one
 * set-based INSERT ... SELECT per chunk over {@code generate_series} (PostgreSQL) or
 * {@code SYSTEM_RANGE} (H2), names drawn from the demo generator's pools with the same skew
 * (common family names first), each chunk indexed for search by the product's own set-based
 * {@link StudentSearchIndexer#indexRange}, as the bulk writers do. Students get numbers {@code S0001001...} after the demo's own, so the number search
 * finds them. Only the columns search reads are realistic; contacts and addresses stay empty.
 */
final class SyntheticStudents {
    /** Students the real demo generator writes before the synthetic ones (structure, contacts, enrolments). */
    static final int DEMO_STUDENTS = 1_000;
    private static final int CHUNK = 100_000;

    private SyntheticStudents() {}

    /** A real demo college, then synthetic students up to {@code students} (see {@link SyntheticStudents}). */
    static void college(Database database, Vendor vendor, int students) throws Exception {
        int demo = Math.min(students, SyntheticStudents.DEMO_STUDENTS);
        new DemoGenerator(database).generate(PlatformContext.system("bench"), DemoOptions.ofStudents(demo),
                DemoProgress.NONE);
        CollegeContext college = CollegeContext.system(
                new CollegeService(database.transactions()).getByCode("DEMO").id(), "bench");
        long start = System.nanoTime();
        if (students > demo) {
            SyntheticStudents.fill(database, vendor, college, true, demo + 1, students);
        }
        SyntheticStudents.analyze(database, vendor);
        System.err.printf("%s: %d synthetic students loaded and indexed in %.1f s%n", vendor, students - demo,
                Stats.millisSince(start) / 1000);
    }

    /**
     * Adds students with ordinals {@code first..last} (inclusive) to the college, in the college's
     * sections, and indexes them for search.
     */
    static void fill(Database database, Vendor vendor, CollegeContext college, boolean italian, int first, int last)
            throws SQLException {
        DemoNamePools pools = DemoNamePools.of(italian);
        int sections;
        try (Connection c = database.dataSource().getConnection(); Statement s = c.createStatement()) {
            sections = createPools(c, s, college.collegeId(), pools);
        }
        String sql = insertSql(vendor, pools, sections);
        for (int start = first; start <= last; start += CHUNK) {
            int from = start;
            int to = Math.min(last, start + CHUNK - 1);
            database.transactions().jdbcInCollege(college, connection -> {
                long lastIdBefore = lastId(connection);
                try (PreparedStatement insert = connection.prepareStatement(sql)) {
                    insert.setLong(1, college.collegeId());
                    insert.setInt(2, from);
                    insert.setInt(3, to);
                    insert.executeUpdate();
                }
                // what every bulk writer of students does once after inserting them
                StudentSearchIndexer.indexRange(connection, college.collegeId(), lastIdBefore + 1, lastId(connection));
                return null;
            });
        }
        try (Connection c = database.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute("DROP TABLE bench_family");
            s.execute("DROP TABLE bench_given");
            s.execute("DROP TABLE bench_section");
        }
    }

    private static long lastId(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("SELECT MAX(id) FROM student")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Refreshes planner statistics (and PostgreSQL's visibility map), as autovacuum would after a bulk load. */
    static void analyze(Database database, Vendor vendor) throws SQLException {
        try (Connection c = database.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute(vendor == Vendor.POSTGRESQL ? "VACUUM ANALYZE" : "ANALYZE");
        }
    }

    /**
     * Pseudo-random but deterministic choices from the ordinal {@code n}: multiplicative hashes,
     * identical on both databases. Family index {@code floor(size * u * u)} as in the generator,
     * sex and given name uniform, a preferred name for one student in twenty.
     */
    private static String insertSql(Vendor vendor, DemoNamePools pools, int sections) {
        String series = vendor == Vendor.POSTGRESQL
                ? "(SELECT g AS n FROM generate_series(CAST(? AS BIGINT), CAST(? AS BIGINT)) g) r"
                : "(SELECT X AS n FROM SYSTEM_RANGE(?, ?)) r";
        String givenCount = "CASE WHEN h.sex = 0 THEN " + pools.male().size() + " ELSE " + pools.female().size() + " END";
        return "INSERT INTO student (college_id, student_number, given_name, family_name, preferred_name, name_key,"
                + " date_of_birth, admission_date, programme_id, section_id)"
                + " SELECT ?, 'S' || LPAD(CAST(h.n AS VARCHAR(10)), 7, '0'), g.name, f.name, p.name,"
                + " CASE WHEN p.name IS NULL THEN f.name_key || ' ' || g.name_key"
                + " ELSE f.name_key || ' ' || g.name_key || ' ' || p.name_key END,"
                + " DATE '2004-03-01', DATE '2024-09-15', x.programme_id, x.section_id"
                + " FROM (SELECT n, MOD(n * 2654435761, 4294967291) / 4294967291.0 AS u,"
                + " MOD(n * 40503 / 7, 2) AS sex, MOD(n * 2246822519, 1000003) AS given,"
                + " MOD(n * 3266489917, 1000033) AS pref FROM " + series + ") h"
                + " JOIN bench_family f ON f.idx = CAST(FLOOR(" + pools.family().size() + " * h.u * h.u) AS INTEGER)"
                + " JOIN bench_given g ON g.idx = h.sex * 1000 + MOD(h.given, " + givenCount + ")"
                + " LEFT JOIN bench_given p ON MOD(h.pref, 20) = 0"
                + " AND p.idx = h.sex * 1000 + MOD(h.pref / 20, " + givenCount + ") AND p.idx <> g.idx"
                + " JOIN bench_section x ON x.idx = MOD(h.n, " + sections + ")";
    }

    /** Creates the name and section pools; returns the number of sections. */
    private static int createPools(Connection c, Statement s, long collegeId, DemoNamePools pools)
            throws SQLException {
        s.execute("CREATE TABLE bench_family (idx INTEGER PRIMARY KEY, name VARCHAR(100), name_key VARCHAR(100))");
        s.execute("CREATE TABLE bench_given (idx INTEGER PRIMARY KEY, name VARCHAR(100), name_key VARCHAR(100))");
        s.execute("CREATE TABLE bench_section (idx INTEGER PRIMARY KEY, programme_id BIGINT, section_id BIGINT)");
        insertPool(c, "bench_family", 0, pools.family());
        insertPool(c, "bench_given", 0, pools.male());
        insertPool(c, "bench_given", 1000, pools.female());
        try (PreparedStatement sections = c.prepareStatement("INSERT INTO bench_section (idx, programme_id, section_id)"
                + " SELECT ROW_NUMBER() OVER (ORDER BY id) - 1, programme_id, id FROM section WHERE college_id = ?")) {
            sections.setLong(1, collegeId);
            return sections.executeUpdate();
        }
    }

    private static void insertPool(Connection c, String table, int offset, List<String> names) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO " + table + " VALUES (?, ?, ?)")) {
            for (int i = 0; i < names.size(); i++) {
                insert.setInt(1, offset + i);
                insert.setString(2, names.get(i));
                insert.setString(3, NameKeys.fold(names.get(i)));
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }
}
