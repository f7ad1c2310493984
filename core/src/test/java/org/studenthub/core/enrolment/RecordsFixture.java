package org.studenthub.core.enrolment;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import javax.sql.DataSource;
import org.studenthub.core.common.NameKeys;
import org.studenthub.core.testing.TestDatabase;
import org.studenthub.core.tenancy.CollegeContext;

/**
 * Test records of one college written with plain JDBC, so enrolment, mentoring and attendance
 * tests do not depend on the services that own students, sections and terms. Creates a
 * department, a programme, the academic year 2026-27, term {@code T1} and section {@code 1A}.
 */
public final class RecordsFixture {
    public static final LocalDate YEAR_START = LocalDate.of(2026, 9, 1);

    private final DataSource dataSource;
    private final long collegeId;
    public final long departmentId;
    public final long programmeId;
    public final long yearId;
    public final long termId;
    public final long sectionId;

    public RecordsFixture(TestDatabase db, CollegeContext college) {
        this.dataSource = db.database().dataSource();
        this.collegeId = college.collegeId();
        this.departmentId = insert("insert into department (college_id, code, name) values (?, ?, ?)", collegeId,
                "CS", "Computer Science");
        this.programmeId = insert("insert into programme (college_id, department_id, code, name, degree, level,"
                + " duration_years, credits) values (?, ?, ?, ?, ?, ?, ?, ?)", collegeId, departmentId, "BSC-CS",
                "Computer Science", "BSc", "BACHELOR", 3, 180);
        this.yearId = insert("insert into academic_year (college_id, code, starts_on, ends_on) values (?, ?, ?, ?)",
                collegeId, "2026-27", YEAR_START, YEAR_START.plusYears(1).minusDays(1));
        this.termId = term("T1", YEAR_START, YEAR_START.plusMonths(4));
        this.sectionId = section("1A");
    }

    public long term(String code, LocalDate startsOn, LocalDate endsOn) {
        return insert("insert into term (college_id, academic_year_id, code, name, sequence_no, starts_on, ends_on)"
                + " values (?, ?, ?, ?, ?, ?, ?)", collegeId, yearId, code, "Term " + code, 1, startsOn, endsOn);
    }

    public long section(String code) {
        return section(code, programmeId);
    }

    public long course(String code) {
        return insert("insert into course (college_id, department_id, code, title, subject, credits)"
                + " values (?, ?, ?, ?, ?, ?)", collegeId, departmentId, code, "Course " + code, "Computing", 6);
    }

    public long student(String number) {
        return student(number, programmeId, null);
    }

    /** A student of {@code programme}, placed in {@code section} (or in none when null). */
    public long student(String number, long programme, Long section) {
        String family = "Family" + number;
        String given = "Given" + number;
        return insert("insert into student (college_id, student_number, given_name, family_name, name_key,"
                + " admission_date, programme_id, section_id) values (?, ?, ?, ?, ?, ?, ?, ?)", collegeId, number,
                given, family, NameKeys.personKey(family, given, null), YEAR_START, programme, section);
    }

    public long department(String code) {
        return insert("insert into department (college_id, code, name) values (?, ?, ?)", collegeId, code,
                "Department " + code);
    }

    public long programme(String code, long department) {
        return insert("insert into programme (college_id, department_id, code, name, degree, level,"
                + " duration_years, credits) values (?, ?, ?, ?, ?, ?, ?, ?)", collegeId, department, code,
                "Programme " + code, "BSc", "BACHELOR", 3, 180);
    }

    /** A section of {@code programme} in the fixture's academic year. */
    public long section(String code, long programme) {
        return insert("insert into section (college_id, programme_id, academic_year_id, code, name, year_of_study)"
                + " values (?, ?, ?, ?, ?, ?)", collegeId, programme, yearId, code, "Section " + code, 1);
    }

    public long teacher(String staffNumber) {
        String family = "Teacher" + staffNumber;
        return insert("insert into teacher (college_id, staff_number, given_name, family_name, name_key,"
                + " department_id) values (?, ?, ?, ?, ?, ?)", collegeId, staffNumber, "Ada", family,
                NameKeys.personKey(family, "Ada", null), departmentId);
    }

    private long insert(String sql, Object... values) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            for (int i = 0; i < values.length; i++) {
                Object value = values[i] instanceof LocalDate date ? java.sql.Date.valueOf(date) : values[i];
                statement.setObject(i + 1, value);
            }
            statement.executeUpdate();
            try (ResultSet keys = statement.getGeneratedKeys()) {
                keys.next();
                return keys.getLong("id");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("fixture insert failed: " + sql, e);
        }
    }
}
