package org.studenthub.core.section;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.studenthub.core.audit.Audit;
import org.studenthub.core.common.NotFoundException;
import org.studenthub.core.db.Transactions;
import org.studenthub.core.security.Permission;
import org.studenthub.core.security.StudentScope;
import org.studenthub.core.student.StudentStatus;
import org.studenthub.core.tenancy.CollegeContext;

/**
 * The students whose current section is one section, for the office's class list. The caller's
 * {@code student.read} must reach the whole section (college, the section's department, or the section itself):
 * mentors and students are refused. The list leaves the database as a file, so it is audited as an export of
 * {@code student} rows.
 */
public final class SectionRoster {
    private static final String SECTION = "SELECT c.code, c.name, c.year_of_study, y.code, p.code, p.name, d.code,"
            + " d.name FROM section c"
            + " JOIN academic_year y ON y.college_id = c.college_id AND y.id = c.academic_year_id"
            + " JOIN programme p ON p.college_id = c.college_id AND p.id = c.programme_id"
            + " JOIN department d ON d.college_id = p.college_id AND d.id = p.department_id"
            + " WHERE c.college_id = ? AND c.id = ?";
    private static final String MEMBERS = "SELECT s.student_number, s.family_name, s.given_name, s.preferred_name,"
            + " s.date_of_birth, s.email, s.phone, s.status FROM student s WHERE s.college_id = ? AND s.section_id = ?"
            + " ORDER BY s.family_name, s.given_name, s.student_number";

    private final Transactions transactions;

    public SectionRoster(Transactions transactions) {
        this.transactions = transactions;
    }

    /**
     * The section and its students, by family name, given name and number.
     *
     * @param destination the file the list is written to, named in the audit trail
     */
    public Roster list(CollegeContext context, long sectionId, String destination) {
        CollegeContext.require(context, Permission.STUDENT_READ);
        StudentScope scope = StudentScope.of(context, Permission.STUDENT_READ);
        return transactions.inCollege(context, session -> {
            scope.checkSection(session, sectionId);
            return session.doReturningWork(c -> {
                Header header = header(c, context.collegeId(), sectionId);
                List<Member> members = members(c, context.collegeId(), sectionId);
                Audit.exported(c, context, "student", members.size(), destination);
                return new Roster(header, members);
            });
        });
    }

    private static Header header(Connection c, long collegeId, long sectionId) throws SQLException {
        try (PreparedStatement select = c.prepareStatement(SECTION)) {
            select.setLong(1, collegeId);
            select.setLong(2, sectionId);
            try (ResultSet rs = select.executeQuery()) {
                if (!rs.next()) {
                    throw new NotFoundException("section", sectionId);
                }
                return new Header(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getString(4), rs.getString(5),
                        rs.getString(6), rs.getString(7), rs.getString(8));
            }
        }
    }

    private static List<Member> members(Connection c, long collegeId, long sectionId) throws SQLException {
        List<Member> members = new ArrayList<>();
        try (PreparedStatement select = c.prepareStatement(MEMBERS)) {
            select.setLong(1, collegeId);
            select.setLong(2, sectionId);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    members.add(new Member(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getObject(5, LocalDate.class), rs.getString(6), rs.getString(7),
                            StudentStatus.valueOf(rs.getString(8))));
                }
            }
        }
        return members;
    }

    /** The section a list is of, with its academic year, programme and department. */
    public record Header(String code, String name, int yearOfStudy, String academicYear, String programmeCode,
                         String programmeName, String departmentCode, String departmentName) {
    }

    /** One student of the section. */
    public record Member(String studentNumber, String familyName, String givenName, String preferredName,
                         LocalDate dateOfBirth, String email, String phone, StudentStatus status) {
    }

    /** A section and its students. */
    public record Roster(Header header, List<Member> members) {
    }
}
