package org.studenthub.core.achievement;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.studenthub.core.audit.Audit;
import org.studenthub.core.db.Sql;
import org.studenthub.core.db.Transactions;
import org.studenthub.core.security.AccessDeniedException;
import org.studenthub.core.security.Permission;
import org.studenthub.core.security.ScopeKind;
import org.studenthub.core.security.StudentScope;
import org.studenthub.core.tenancy.CollegeContext;

/**
 * Activity points of many students at once, for office reports: per ACTIVE student reached by the caller's
 * {@code student.read} (optionally only one section or programme), the points that count per category (capped
 * by the category's cap, as {@link PointsService} counts them) and their total. One query, grouped in the
 * database. A list of students is staff work: a caller who reaches only themselves is refused. The list leaves
 * the database as a file, so it is audited as an export of {@code student} rows.
 */
public final class PointsRoster {
    private static final String CATEGORIES = "SELECT code, name FROM achievement_category WHERE college_id = ?"
            + " ORDER BY sort_order, code";

    private final Transactions transactions;

    public PointsRoster(Transactions transactions) {
        this.transactions = transactions;
    }

    /**
     * The points of the students {@code filter} selects, ordered by family name, given name and number.
     *
     * @param destination the file the list is written to, named in the audit trail
     */
    public Roster list(CollegeContext context, Filter filter, String destination) {
        CollegeContext.require(context, Permission.STUDENT_READ);
        refuseSelfOnly(context);
        StudentScope scope = StudentScope.of(context, Permission.STUDENT_READ);
        return transactions.jdbcInCollege(context, c -> {
            List<Category> categories = categories(c, context.collegeId());
            List<Line> lines = lines(c, context, scope, filter);
            Audit.exported(c, context, "student", lines.size(), destination);
            return new Roster(categories, lines);
        });
    }

    /** Refuses callers whose {@code student.read} reaches nobody but themselves. */
    static void refuseSelfOnly(CollegeContext context) {
        if (context.scopes(Permission.STUDENT_READ).stream().allMatch(s -> s.kind() == ScopeKind.SELF)) {
            throw AccessDeniedException.outOfScope(Permission.STUDENT_READ, context.actor(), "students list");
        }
    }

    private static List<Category> categories(Connection c, long collegeId) throws SQLException {
        List<Category> categories = new ArrayList<>();
        try (PreparedStatement select = c.prepareStatement(CATEGORIES)) {
            select.setLong(1, collegeId);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    categories.add(new Category(rs.getString(1), rs.getString(2)));
                }
            }
        }
        return categories;
    }

    private static List<Line> lines(Connection c, CollegeContext context, StudentScope scope, Filter filter)
            throws SQLException {
        List<Object> parameters = new ArrayList<>();
        parameters.add(context.collegeId());
        String reached = scope.sql("s", parameters);
        StringBuilder sql = new StringBuilder("SELECT s.id, s.student_number, s.family_name, s.given_name, sec.code,"
                + " p.code, c.code, c.points_cap, SUM(a.points) FROM student s"
                + " JOIN programme p ON p.college_id = s.college_id AND p.id = s.programme_id"
                + " LEFT JOIN section sec ON sec.college_id = s.college_id AND sec.id = s.section_id"
                + " LEFT JOIN achievement a ON a.college_id = s.college_id AND a.student_id = s.id"
                + "  AND a.status = 'APPROVED'"
                + " LEFT JOIN achievement_category c ON c.college_id = a.college_id AND c.id = a.category_id"
                + " WHERE s.college_id = ? AND s.status = 'ACTIVE' AND ").append(reached);
        if (filter.sectionId() != null) {
            sql.append(" AND s.section_id = ?");
            parameters.add(filter.sectionId());
        }
        if (filter.programmeId() != null) {
            sql.append(" AND s.programme_id = ?");
            parameters.add(filter.programmeId());
        }
        sql.append(" GROUP BY s.id, s.student_number, s.family_name, s.given_name, sec.code, p.code, c.code,"
                + " c.points_cap ORDER BY s.family_name, s.given_name, s.student_number, s.id");
        Map<Long, LineBuilder> lines = new LinkedHashMap<>();
        try (PreparedStatement select = Sql.prepare(c, sql.toString(), parameters); ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
                LineBuilder line = lines.get(rs.getLong(1));
                if (line == null) {
                    line = new LineBuilder(new Line(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getString(6), Map.of(), 0));
                    lines.put(line.student.studentId(), line);
                }
                if (rs.getString(7) != null) {
                    line.add(rs.getString(7), Math.min(rs.getInt(9), rs.getInt(8)));
                }
            }
        }
        return lines.values().stream().map(LineBuilder::build).toList();
    }

    /** Which students: all reached, or those of one section or one programme (ids; null for no filter). */
    public record Filter(Long sectionId, Long programmeId) {
        public static Filter all() {
            return new Filter(null, null);
        }
    }

    /** A category, a column of the roster. */
    public record Category(String code, String name) {
    }

    /**
     * One student's points.
     *
     * @param points counted points per category code (only categories with points), in category order
     */
    public record Line(long studentId, String studentNumber, String familyName, String givenName, String section,
                       String programme, Map<String, Integer> points, int total) {
    }

    /** The categories of the college (columns) and one line per student. */
    public record Roster(List<Category> categories, List<Line> lines) {
    }

    /** Collects one student's categories while the grouped rows arrive. */
    private static final class LineBuilder {
        private final Line student;
        private final Map<String, Integer> points = new LinkedHashMap<>();

        LineBuilder(Line student) {
            this.student = student;
        }

        void add(String category, int counted) {
            points.put(category, counted);
        }

        Line build() {
            int total = points.values().stream().mapToInt(Integer::intValue).sum();
            return new Line(student.studentId(), student.studentNumber(), student.familyName(), student.givenName(),
                    student.section(), student.programme(), Map.copyOf(points), total);
        }
    }
}
