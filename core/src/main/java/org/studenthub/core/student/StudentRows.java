package org.studenthub.core.student;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.studenthub.core.common.NotFoundException;

/** JDBC checks shared by the services that store files of students. */
final class StudentRows {
    private StudentRows() {}

    /** Throws {@link NotFoundException} unless the student exists in the college. */
    static void requireStudent(Connection connection, long collegeId, long studentId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT 1 FROM student WHERE college_id = ? AND id = ?")) {
            select.setLong(1, collegeId);
            select.setLong(2, studentId);
            try (ResultSet rs = select.executeQuery()) {
                if (!rs.next()) {
                    throw new NotFoundException(StudentService.KIND, studentId);
                }
            }
        }
    }
}
