package org.studenthub.core.achievement;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.studenthub.core.db.Transactions;
import org.studenthub.core.security.Permission;
import org.studenthub.core.security.StudentScope;
import org.studenthub.core.tenancy.CollegeContext;

/**
 * Activity points: per student and category, capped by the category's cap, with totals per academic year and
 * term, computed in the database from APPROVED achievements only (an approval sets the points the category
 * gave the level at the time; a revocation takes them back).
 */
public final class PointsService {
    private static final String BY_CATEGORY = "SELECT c.code, c.name, c.points_cap, COALESCE(SUM(a.points), 0)"
            + " FROM achievement_category c LEFT JOIN achievement a ON a.college_id = c.college_id"
            + "  AND a.category_id = c.id AND a.student_id = ? AND a.status = 'APPROVED'"
            + " WHERE c.college_id = ? GROUP BY c.code, c.name, c.points_cap, c.sort_order"
            + " HAVING COALESCE(SUM(a.points), 0) > 0 ORDER BY c.sort_order, c.code";
    private static final String BY_PERIOD = "SELECT y.code, t.code, SUM(a.points) FROM achievement a"
            + " JOIN academic_year y ON y.college_id = a.college_id AND a.starts_on BETWEEN y.starts_on AND y.ends_on"
            + " LEFT JOIN term t ON t.college_id = a.college_id AND t.academic_year_id = y.id"
            + "  AND a.starts_on BETWEEN t.starts_on AND t.ends_on"
            + " WHERE a.college_id = ? AND a.student_id = ? AND a.status = 'APPROVED'"
            + " GROUP BY y.code, y.starts_on, t.code, t.starts_on ORDER BY y.starts_on, t.starts_on";

    private final Transactions transactions;

    public PointsService(Transactions transactions) {
        this.transactions = transactions;
    }

    /** The student's points, for a caller who reaches the student's records. */
    public StudentPoints pointsOf(CollegeContext context, long studentId) {
        CollegeContext.require(context, Permission.STUDENT_READ);
        StudentScope scope = StudentScope.of(context, Permission.STUDENT_READ);
        return transactions.jdbcInCollege(context, c -> {
            scope.check(c, studentId);
            List<StudentPoints.CategoryPoints> categories = new ArrayList<>();
            int total = 0;
            try (PreparedStatement select = c.prepareStatement(BY_CATEGORY)) {
                select.setLong(1, studentId);
                select.setLong(2, context.collegeId());
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        int earned = rs.getInt(4);
                        int counted = Math.min(earned, rs.getInt(3));
                        categories.add(new StudentPoints.CategoryPoints(rs.getString(1), rs.getString(2), earned,
                                rs.getInt(3), counted));
                        total += counted;
                    }
                }
            }
            List<StudentPoints.PeriodPoints> periods = new ArrayList<>();
            try (PreparedStatement select = c.prepareStatement(BY_PERIOD)) {
                select.setLong(1, context.collegeId());
                select.setLong(2, studentId);
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        periods.add(new StudentPoints.PeriodPoints(rs.getString(1), rs.getString(2), rs.getInt(3)));
                    }
                }
            }
            return new StudentPoints(studentId, List.copyOf(categories), total, List.copyOf(periods));
        });
    }
}
