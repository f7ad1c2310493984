package org.studenthub.core.transfer;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import org.studenthub.core.tenancy.CollegeContext;
import org.studenthub.core.testing.TestDatabase;

/**
 * Reference rows for import tests, inserted with plain JDBC: department CS, programmes BSC-CS
 * and MSC-CS, academic years 2024-25 (closed) and 2025-26 (current), sections 1A (BSC-CS) and
 * 2M (MSC-CS) in both years, terms S1 and S2 of 2025-26.
 */
final class TransferFixtures {
    static final String STUDENT_HEADER = "student_number,given_name,family_name,preferred_name,date_of_birth,email,"
            + "phone,address_line,city,postal_code,country_code,status,admission_date,programme,academic_year,section";

    private TransferFixtures() {}

    static void seed(TestDatabase db, CollegeContext college) {
        long c = college.collegeId();
        try (Connection connection = db.database().dataSource().getConnection();
                Statement s = connection.createStatement()) {
            s.executeUpdate("INSERT INTO department (college_id, code, name) VALUES (" + c + ", 'CS', 'Computer Science')");
            long dept = id(connection, "SELECT id FROM department WHERE college_id = " + c);
            s.executeUpdate("INSERT INTO programme (college_id, department_id, code, name, degree, level, duration_years,"
                    + " credits) VALUES (" + c + ", " + dept + ", 'BSC-CS', 'Computer Science', 'BSc', 'BACHELOR', 3, 180),"
                    + " (" + c + ", " + dept + ", 'MSC-CS', 'Computer Science', 'MSc', 'MASTER', 2, 120)");
            s.executeUpdate("INSERT INTO academic_year (college_id, code, starts_on, ends_on, status) VALUES"
                    + " (" + c + ", '2024-25', DATE '2024-09-01', DATE '2025-07-31', 'CLOSED'),"
                    + " (" + c + ", '2025-26', DATE '2025-09-01', DATE '2026-07-31', 'CURRENT')");
            for (String year : new String[] {"2024-25", "2025-26"}) {
                long y = id(connection, "SELECT id FROM academic_year WHERE college_id = " + c + " AND code = '" + year + "'");
                s.executeUpdate("INSERT INTO section (college_id, programme_id, academic_year_id, code, name, year_of_study)"
                        + " SELECT " + c + ", id, " + y + ", CASE code WHEN 'BSC-CS' THEN '1A' ELSE '2M' END, code, 1"
                        + " FROM programme WHERE college_id = " + c);
            }
            long current = id(connection, "SELECT id FROM academic_year WHERE college_id = " + c + " AND code = '2025-26'");
            s.executeUpdate("INSERT INTO term (college_id, academic_year_id, code, name, sequence_no, starts_on, ends_on) VALUES"
                    + " (" + c + ", " + current + ", 'S1', 'First semester', 1, DATE '2025-09-01', DATE '2026-01-31'),"
                    + " (" + c + ", " + current + ", 'S2', 'Second semester', 2, DATE '2026-02-01', DATE '2026-07-31')");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static long count(TestDatabase db, String sql) {
        try (Connection connection = db.database().dataSource().getConnection()) {
            return id(connection, sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every column of every row of the tables an import writes, in a stable order. */
    static String snapshot(TestDatabase db) {
        StringBuilder all = new StringBuilder();
        java.util.List<String> queries = new java.util.ArrayList<>(java.util.List.of(
                "SELECT * FROM student ORDER BY id", "SELECT * FROM teacher ORDER BY id",
                "SELECT * FROM enrolment ORDER BY id",
                "SELECT * FROM student_name_word ORDER BY college_id, student_id, word",
                "SELECT DISTINCT college_id, fragment, word FROM student_name_fragment ORDER BY college_id, fragment, word"));
        try (Connection connection = db.database().dataSource().getConnection();
                Statement s = connection.createStatement()) {
            for (String query : queries) {
                try (ResultSet rs = s.executeQuery(query)) {
                    ResultSetMetaData meta = rs.getMetaData();
                    all.append(query).append('\n');
                    while (rs.next()) {
                        for (int i = 1; i <= meta.getColumnCount(); i++) {
                            all.append(rs.getString(i)).append('|');
                        }
                        all.append('\n');
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return all.toString();
    }

    static Path write(Path folder, String name, String content) throws IOException {
        return write(folder, name, content, StandardCharsets.UTF_8);
    }

    static Path write(Path folder, String name, String content, Charset charset) throws IOException {
        Path file = folder.resolve(name);
        Files.write(file, content.getBytes(charset));
        return file;
    }

    static String row(String number, String given, String family, String programme, String section) {
        return number + "," + given + "," + family + ",,2001-02-03,,,,,,IT,ACTIVE,2024-09-15," + programme + ",," + section;
    }

    private static long id(Connection connection, String sql) throws SQLException {
        try (PreparedStatement p = connection.prepareStatement(sql); ResultSet rs = p.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
