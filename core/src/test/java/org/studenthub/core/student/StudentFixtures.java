package org.studenthub.core.student;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import org.studenthub.core.testing.TestDatabase;
import org.studenthub.core.tenancy.CollegeContext;

/** Test data the student feature depends on (programmes and sections), written with plain SQL. */
public final class StudentFixtures {
    private StudentFixtures() {}

    /** A department, programme, academic year and section in the college. */
    public static Academic academic(TestDatabase db, CollegeContext college) {
        return db.transactions().jdbcInCollege(college, connection -> {
            long department = insert(connection, "INSERT INTO department (college_id, code, name) VALUES (?, 'D', 'Dept')",
                    college.collegeId());
            long programme = insert(connection, "INSERT INTO programme (college_id, department_id, code, name, degree,"
                    + " level, duration_years, credits) VALUES (?, " + department + ", 'P1', 'Programme', 'BSc',"
                    + " 'BACHELOR', 3, 180)", college.collegeId());
            long otherProgramme = insert(connection, "INSERT INTO programme (college_id, department_id, code, name,"
                    + " degree, level, duration_years, credits) VALUES (?, " + department + ", 'P2', 'Other', 'BSc',"
                    + " 'BACHELOR', 3, 180)", college.collegeId());
            long year = insert(connection, "INSERT INTO academic_year (college_id, code, starts_on, ends_on)"
                    + " VALUES (?, '2025', DATE '2025-09-01', DATE '2026-07-31')", college.collegeId());
            long section = insert(connection, "INSERT INTO section (college_id, programme_id, academic_year_id, code,"
                    + " name, year_of_study) VALUES (?, " + programme + ", " + year + ", 'S1', 'Section', 1)",
                    college.collegeId());
            long otherSection = insert(connection, "INSERT INTO section (college_id, programme_id, academic_year_id,"
                    + " code, name, year_of_study) VALUES (?, " + programme + ", " + year + ", 'S2', 'Section', 1)",
                    college.collegeId());
            return new Academic(programme, otherProgramme, section, otherSection);
        });
    }

    /** The fixture's records if {@link #academic} already ran for the college. */
    public static java.util.Optional<Academic> existingAcademic(TestDatabase db, CollegeContext college) {
        return db.transactions().jdbcInCollege(college, connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT"
                    + " (SELECT id FROM programme WHERE college_id = ? AND code = 'P1'),"
                    + " (SELECT id FROM programme WHERE college_id = ? AND code = 'P2'),"
                    + " (SELECT id FROM section WHERE college_id = ? AND code = 'S1'),"
                    + " (SELECT id FROM section WHERE college_id = ? AND code = 'S2')")) {
                for (int i = 1; i <= 4; i++) {
                    select.setLong(i, college.collegeId());
                }
                try (ResultSet rs = select.executeQuery()) {
                    rs.next();
                    long programme = rs.getLong(1);
                    return rs.wasNull() ? java.util.Optional.<Academic>empty() : java.util.Optional.of(
                            new Academic(programme, rs.getLong(2), rs.getLong(3), rs.getLong(4)));
                }
            }
        });
    }

    /** A valid new student of {@code programme} with the given names. */
    public static NewStudent student(String number, String given, String family, long programme) {
        return new NewStudent(number, given, family, null, LocalDate.of(2005, 3, 14), "s" + number + "@example.org",
                "+39 06 1234", "Via Roma 1", "Roma", "00100", "IT", LocalDate.of(2024, 9, 1), programme, null);
    }

    private static long insert(java.sql.Connection connection, String sql, long collegeId) throws Exception {
        try (PreparedStatement statement = connection.prepareStatement(sql, new String[] {"id"})) {
            statement.setLong(1, collegeId);
            statement.executeUpdate();
            try (ResultSet keys = statement.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    /** Ids of the fixture's records. */
    public record Academic(long programme, long otherProgramme, long section, long otherSection) {}
}
