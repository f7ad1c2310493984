package org.studenthub.core.security;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import org.studenthub.core.testing.TestDatabase;
import org.studenthub.core.tenancy.CollegeContext;

/** Records that grants point at (a department, a student), written with plain SQL as system work. */
final class Fixtures {
    private Fixtures() {}

    static long department(TestDatabase db, CollegeContext college, String code) {
        return insert(db, college, "INSERT INTO department (college_id, code, name) VALUES (?, '" + code
                + "', 'Department " + code + "')");
    }

    /** A student of a new programme of {@code department}. */
    static long student(TestDatabase db, CollegeContext college, long department) {
        long programme = insert(db, college, "INSERT INTO programme (college_id, department_id, code, name, degree,"
                + " level, duration_years, credits) VALUES (?, " + department + ", 'P" + department
                + "', 'Programme', 'BSc', 'BACHELOR', 3, 180)");
        return insert(db, college, "INSERT INTO student (college_id, student_number, given_name, family_name,"
                + " name_key, admission_date, programme_id) VALUES (?, 'S" + programme + "', 'Maria', 'Verdi',"
                + " 'verdi maria', DATE '2025-09-01', " + programme + ")");
    }

    private static long insert(TestDatabase db, CollegeContext college, String sql) {
        CollegeContext system = CollegeContext.system(college.collegeId(), "fixture");
        return db.transactions().jdbcInCollege(system, (Connection connection) -> {
            try (PreparedStatement statement = connection.prepareStatement(sql, new String[] {"id"})) {
                statement.setLong(1, college.collegeId());
                statement.executeUpdate();
                try (ResultSet keys = statement.getGeneratedKeys()) {
                    keys.next();
                    return keys.getLong(1);
                }
            }
        });
    }
}
