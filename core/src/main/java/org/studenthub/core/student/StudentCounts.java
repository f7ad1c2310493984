package org.studenthub.core.student;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.studenthub.core.db.Sql;
import org.studenthub.core.db.Transactions;
import org.studenthub.core.security.Permission;
import org.studenthub.core.security.StudentScope;
import org.studenthub.core.tenancy.CollegeContext;

/**
 * How many students the caller reaches, by status and by programme: the figures a dashboard opens with. One
 * grouped query each, within the caller's {@code student.read} scope.
 */
public final class StudentCounts {
    private final Transactions transactions;

    public StudentCounts(Transactions transactions) {
        this.transactions = transactions;
    }

    /** Students per status; statuses nobody has are present with zero. */
    public Map<StudentStatus, Long> byStatus(CollegeContext context) {
        CollegeContext.require(context, Permission.STUDENT_READ);
        StudentScope scope = StudentScope.of(context, Permission.STUDENT_READ);
        return transactions.jdbcInCollege(context, c -> {
            List<Object> parameters = new ArrayList<>();
            parameters.add(context.collegeId());
            String where = scope.sql("s", parameters);
            Map<StudentStatus, Long> counts = new EnumMap<>(StudentStatus.class);
            for (StudentStatus status : StudentStatus.values()) {
                counts.put(status, 0L);
            }
            try (PreparedStatement statement = Sql.prepare(c, "SELECT s.status, COUNT(*) FROM student s"
                    + " WHERE s.college_id = ? AND " + where + " GROUP BY s.status", parameters);
                    ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    counts.put(StudentStatus.valueOf(rs.getString(1)), rs.getLong(2));
                }
            }
            return counts;
        });
    }

    /** Active students per programme, largest first. */
    public List<ProgrammeCount> activeByProgramme(CollegeContext context) {
        CollegeContext.require(context, Permission.STUDENT_READ);
        StudentScope scope = StudentScope.of(context, Permission.STUDENT_READ);
        return transactions.jdbcInCollege(context, c -> {
            List<Object> parameters = new ArrayList<>();
            parameters.add(context.collegeId());
            String where = scope.sql("s", parameters);
            List<ProgrammeCount> counts = new ArrayList<>();
            try (PreparedStatement statement = Sql.prepare(c, "SELECT p.code, p.name, COUNT(*) FROM student s"
                    + " JOIN programme p ON p.college_id = s.college_id AND p.id = s.programme_id"
                    + " WHERE s.college_id = ? AND s.status = 'ACTIVE' AND " + where
                    + " GROUP BY p.code, p.name ORDER BY COUNT(*) DESC, p.code", parameters);
                    ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    counts.add(new ProgrammeCount(rs.getString(1), rs.getString(2), rs.getLong(3)));
                }
            }
            return counts;
        });
    }

    /** Active students of one programme. */
    public record ProgrammeCount(String code, String name, long students) {}
}
