package org.studenthub.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.studenthub.core.college.CollegeService;
import org.studenthub.core.college.CreditSystem;
import org.studenthub.core.college.NewCollege;
import org.studenthub.core.db.Database;
import org.studenthub.core.db.Vendor;

/**
 * What the PostgreSQL audit triggers add to a write. Baseline: the same write to {@code bench_student}, an
 * identical copy of the student table (same columns, checks, indexes and foreign keys) without the audit
 * triggers, in the same database. Audited and unaudited writes alternate, so load affects both alike.
 */
final class AuditBench {
    private static final double TARGET_MS_PER_WRITE = 0.3;
    private static final double TARGET_MS_PER_1000_BULK_ROWS = 10;
    private static final String INSERT = "INSERT INTO %s (college_id, student_number, given_name, family_name,"
            + " name_key, email, admission_date, programme_id) VALUES (?, ?, 'Anna', 'Rossi', 'rossi anna', ?,"
            + " DATE '2024-09-15', ?)";
    private static final String UPDATE = "UPDATE %s SET email = ?, version = version + 1 WHERE college_id = ?"
            + " AND student_number = ?";

    private AuditBench() {}

    static List<Result> run(Database database, int writes, int bulkRows) throws Exception {
        long college = new CollegeService(database.transactions())
                .create(org.studenthub.core.tenancy.PlatformContext.system("bench"), new NewCollege("AUDIT", "Audit bench", "en", "Europe/Rome", CreditSystem.ECTS)).id();
        try (Connection connection = database.dataSource().getConnection()) {
            long programme = prepare(connection, college);
            double[][] inserts = alternate(connection, INSERT, writes, college, programme, "I");
            double[][] updates = alternate(connection, UPDATE, writes, college, programme, "I");
            double[] bulk = bulk(connection, college, programme, bulkRows);
            String note = "median of " + writes + " single-row writes, each its own transaction (autocommit),"
                    + " audited minus unaudited; baseline: the unaudited write";
            return List.of(
                    perWrite("audit_insert_overhead_ms", inserts, writes, note),
                    perWrite("audit_update_overhead_ms", updates, writes, note),
                    new Result("audit_bulk_overhead_ms_per_1000_rows", (bulk[0] - bulk[1]) * 1e6 / bulkRows, "ms",
                            bulk[1] * 1e6 / bulkRows, TARGET_MS_PER_1000_BULK_ROWS, true, Vendor.POSTGRESQL.name(),
                            bulkRows, "one INSERT ... SELECT of " + bulkRows + " students (one set-based trigger"
                                    + " call), audited minus unaudited; baseline: the unaudited statement"));
        }
    }

    private static Result perWrite(String metric, double[][] times, int writes, String note) {
        double audited = Stats.median(times[0]);
        double plain = Stats.median(times[1]);
        return new Result(metric, audited - plain, "ms", plain, TARGET_MS_PER_WRITE, true, Vendor.POSTGRESQL.name(),
                writes, note);
    }

    /** A programme to point at, and the unaudited copy of the student table. */
    private static long prepare(Connection connection, long college) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("INSERT INTO department (college_id, code, name) VALUES (" + college + ", 'B', 'Bench')");
            s.execute("INSERT INTO programme (college_id, department_id, code, name, degree, level, duration_years,"
                    + " credits) SELECT " + college + ", id, 'B', 'Bench', 'BSc', 'BACHELOR', 3, 180 FROM department"
                    + " WHERE college_id = " + college);
            s.execute("CREATE TABLE bench_student (LIKE student INCLUDING ALL)");
            s.execute("ALTER TABLE bench_student ADD FOREIGN KEY (college_id, programme_id)"
                    + " REFERENCES programme (college_id, id)");
            s.execute("ALTER TABLE bench_student ADD FOREIGN KEY (college_id, section_id)"
                    + " REFERENCES section (college_id, id)");
            try (var rs = s.executeQuery("SELECT id FROM programme WHERE college_id = " + college)) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** Times {@code writes} audited and unaudited writes, alternating, after a warm-up; [audited, plain]. */
    private static double[][] alternate(Connection connection, String sql, int writes, long college, long programme,
                                        String prefix) throws SQLException {
        double[][] times = new double[2][writes];
        try (PreparedStatement audited = connection.prepareStatement(String.format(sql, "student"));
             PreparedStatement plain = connection.prepareStatement(String.format(sql, "bench_student"))) {
            int warmUp = Math.max(50, writes / 10);
            for (int i = -warmUp; i < writes; i++) {
                int n = i + warmUp;
                boolean auditedFirst = (n & 1) == 0;
                double a;
                double p;
                if (auditedFirst) {
                    a = time(audited, sql, college, programme, prefix, n);
                    p = time(plain, sql, college, programme, prefix, n);
                } else {
                    p = time(plain, sql, college, programme, prefix, n);
                    a = time(audited, sql, college, programme, prefix, n);
                }
                if (i >= 0) {
                    times[0][i] = a;
                    times[1][i] = p;
                }
            }
        }
        return times;
    }

    private static double time(PreparedStatement statement, String sql, long college, long programme, String prefix,
                               int n) throws SQLException {
        String number = prefix + n;
        if (sql.equals(INSERT)) {
            statement.setLong(1, college);
            statement.setString(2, number);
            statement.setString(3, "s" + n + "@example.org");
            statement.setLong(4, programme);
        } else {
            statement.setString(1, "changed" + System.nanoTime() + "@example.org");
            statement.setLong(2, college);
            statement.setString(3, number);
        }
        long start = System.nanoTime();
        statement.executeUpdate();
        return Stats.millisSince(start);
    }

    /** Median seconds of three set-based inserts of {@code rows} students each: [audited, plain]. */
    private static double[] bulk(Connection connection, long college, long programme, int rows) throws SQLException {
        double[][] seconds = new double[2][3];
        try (Statement s = connection.createStatement()) {
            for (int round = 0; round < 3; round++) {
                for (int table = 0; table < 2; table++) {
                    int which = (round & 1) == 0 ? table : 1 - table;
                    String select = " (college_id, student_number, given_name, family_name, name_key, email,"
                            + " admission_date, programme_id) SELECT " + college + ", 'B" + round + "-' || g, 'Anna',"
                            + " 'Rossi', 'rossi anna', 'b' || g || '@example.org', DATE '2024-09-15', " + programme
                            + " FROM generate_series(1, " + rows + ") g";
                    long start = System.nanoTime();
                    s.executeUpdate("INSERT INTO " + (which == 0 ? "student" : "bench_student") + select);
                    seconds[which][round] = Stats.millisSince(start) / 1000;
                }
            }
        }
        return new double[] {Stats.median(seconds[0]), Stats.median(seconds[1])};
    }
}
