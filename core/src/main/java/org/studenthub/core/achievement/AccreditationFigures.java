package org.studenthub.core.achievement;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.studenthub.core.db.Sql;
import org.studenthub.core.db.Transactions;
import org.studenthub.core.security.Permission;
import org.studenthub.core.security.Scope;
import org.studenthub.core.security.ScopeKind;
import org.studenthub.core.tenancy.CollegeContext;

/**
 * The figures accreditation reports are made of, each one query over APPROVED achievements whose date falls in
 * a period, grouped in the database. Holders of {@code report.accreditation} college-wide see the whole college;
 * a department scope (heads of department) sees its departments only. The reporting module renders these; the
 * definitions here are the ones the reports state:
 * <ul>
 *   <li>{@link #byGroup}: approved achievements and distinct students, by department, programme, category and
 *       level (department as submitted, programme the student's current one);</li>
 *   <li>{@link #studentsPerCategory}: students with at least one approved achievement in each category, beside
 *       the students of the departments reached;</li>
 *   <li>{@link #pointsDistribution}: students by their points in the period (uncapped), in bands of ten.</li>
 * </ul>
 */
public final class AccreditationFigures {
    private final Transactions transactions;

    public AccreditationFigures(Transactions transactions) {
        this.transactions = transactions;
    }

    /** Achievements (and students) by department, programme, category and level. */
    public List<GroupCount> byGroup(CollegeContext context, LocalDate from, LocalDate to) {
        CollegeContext.require(context, Permission.REPORT_ACCREDITATION);
        Reach reach = Reach.of(context);
        return transactions.jdbcInCollege(context, c -> {
            List<GroupCount> rows = new ArrayList<>();
            String sql = "SELECT d.code, p.code, c.code, a.level, COUNT(*), COUNT(DISTINCT a.student_id)"
                    + FROM_GROUPS + approvedIn(reach, "a")
                    + " GROUP BY d.code, p.code, c.code, a.level ORDER BY d.code, p.code, c.code, a.level";
            try (PreparedStatement select = prepare(c, sql, context, reach, from, to); ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    rows.add(new GroupCount(rs.getString(1), rs.getString(2), rs.getString(3),
                            Level.valueOf(rs.getString(4)), rs.getLong(5), rs.getLong(6)));
                }
            }
            return rows;
        });
    }

    /**
     * Approved achievements and distinct students per value of one {@link Dimension} (with its name), and, for
     * {@link Dimension#ALL}, the one line of the whole reach: a student counts once per line, so the students of
     * several lines do not add up.
     */
    public List<Total> totals(CollegeContext context, LocalDate from, LocalDate to, Dimension dimension) {
        CollegeContext.require(context, Permission.REPORT_ACCREDITATION);
        Reach reach = Reach.of(context);
        return transactions.jdbcInCollege(context, c -> {
            List<Total> rows = new ArrayList<>();
            String sql = "SELECT " + dimension.columns + ", COUNT(*), COUNT(DISTINCT a.student_id)" + FROM_GROUPS
                    + approvedIn(reach, "a") + dimension.grouping;
            try (PreparedStatement select = prepare(c, sql, context, reach, from, to); ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Total(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4), rs.getLong(5)));
                }
            }
            return rows;
        });
    }

    /** Per category: students with at least one approved achievement, of the active students reached. */
    public List<CategoryReach> studentsPerCategory(CollegeContext context, LocalDate from, LocalDate to) {
        CollegeContext.require(context, Permission.REPORT_ACCREDITATION);
        Reach reach = Reach.of(context);
        return transactions.jdbcInCollege(context, c -> {
            long students = activeStudents(c, context, reach);
            List<CategoryReach> rows = new ArrayList<>();
            String sql = "SELECT c.code, COUNT(DISTINCT a.student_id), c.name FROM achievement_category c"
                    + " LEFT JOIN achievement a ON a.college_id = c.college_id AND a.category_id = c.id"
                    + " AND a.status = 'APPROVED' AND a.starts_on BETWEEN ? AND ?" + reach.condition("a")
                    + " WHERE c.college_id = ? GROUP BY c.code, c.name, c.sort_order ORDER BY c.sort_order, c.code";
            try (PreparedStatement select = c.prepareStatement(sql)) {
                int i = 1;
                select.setObject(i++, from);
                select.setObject(i++, to);
                i = reach.bind(select, i);
                select.setLong(i, context.collegeId());
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        rows.add(new CategoryReach(rs.getString(1), rs.getString(3), rs.getLong(2), students));
                    }
                }
            }
            return rows;
        });
    }

    /** Students with approved achievements in the period by their points: bands 0-9, 10-19, ... */
    public List<PointsBand> pointsDistribution(CollegeContext context, LocalDate from, LocalDate to) {
        CollegeContext.require(context, Permission.REPORT_ACCREDITATION);
        Reach reach = Reach.of(context);
        return transactions.jdbcInCollege(context, c -> {
            List<PointsBand> rows = new ArrayList<>();
            String sql = "SELECT (t.points / 10) * 10, COUNT(*) FROM (SELECT a.student_id, SUM(a.points) AS points"
                    + " FROM achievement a" + approvedIn(reach, "a") + " GROUP BY a.student_id) t"
                    + " GROUP BY (t.points / 10) * 10 ORDER BY 1";
            try (PreparedStatement select = prepare(c, sql, context, reach, from, to); ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    rows.add(new PointsBand(rs.getInt(1), rs.getInt(1) + 9, rs.getLong(2)));
                }
            }
            return rows;
        });
    }

    private static final String FROM_GROUPS = " FROM achievement a"
            + " JOIN department d ON d.college_id = a.college_id AND d.id = a.department_id"
            + " JOIN student s ON s.college_id = a.college_id AND s.id = a.student_id"
            + " JOIN programme p ON p.college_id = s.college_id AND p.id = s.programme_id"
            + " JOIN department pd ON pd.college_id = p.college_id AND pd.id = p.department_id"
            + " JOIN achievement_category c ON c.college_id = a.college_id AND c.id = a.category_id";

    private static String approvedIn(Reach reach, String alias) {
        return " WHERE " + alias + ".college_id = ? AND " + alias + ".status = 'APPROVED' AND " + alias
                + ".starts_on BETWEEN ? AND ?" + reach.condition(alias);
    }

    private static PreparedStatement prepare(Connection c, String sql, CollegeContext context, Reach reach,
                                             LocalDate from, LocalDate to) throws SQLException {
        PreparedStatement select = c.prepareStatement(sql);
        select.setLong(1, context.collegeId());
        select.setObject(2, from);
        select.setObject(3, to);
        reach.bind(select, 4);
        return select;
    }

    private static long activeStudents(Connection c, CollegeContext context, Reach reach) throws SQLException {
        String sql = "SELECT COUNT(*) FROM student s JOIN programme p ON p.college_id = s.college_id"
                + " AND p.id = s.programme_id WHERE s.college_id = ? AND s.status = 'ACTIVE'"
                + reach.condition("p");
        try (PreparedStatement select = c.prepareStatement(sql)) {
            select.setLong(1, context.collegeId());
            reach.bind(select, 2);
            try (ResultSet rs = select.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** Which departments the caller's report.accreditation reaches: all (college-wide) or a list. */
    private record Reach(boolean collegeWide, List<Long> departments) {
        static Reach of(CollegeContext context) {
            List<Long> departments = new ArrayList<>();
            boolean all = false;
            for (Scope scope : context.scopes(Permission.REPORT_ACCREDITATION)) {
                all |= scope.kind() == ScopeKind.COLLEGE;
                if (scope.kind() == ScopeKind.DEPARTMENT) {
                    departments.add(scope.id());
                }
            }
            return new Reach(all, departments);
        }

        String condition(String alias) {
            if (collegeWide) {
                return "";
            }
            return departments.isEmpty() ? " AND 1 = 0"
                    : " AND " + alias + ".department_id IN (" + Sql.marks(departments.size()) + ")";
        }

        int bind(PreparedStatement statement, int first) throws SQLException {
            int i = first;
            if (!collegeWide) {
                for (long department : departments) {
                    statement.setLong(i++, department);
                }
            }
            return i;
        }
    }

    /** Approved achievements and distinct students of one department, programme, category and level. */
    public record GroupCount(String department, String programme, String category, Level level, long achievements,
                             long students) {
    }

    /** Students with at least one approved achievement in the category, of {@code students} active students. */
    public record CategoryReach(String category, String categoryName, long studentsWithOne, long students) {
    }

    /** What {@link #totals} groups by: the department as submitted, the student's programme, or the category. */
    public enum Dimension {
        DEPARTMENT("d.code, d.name, CAST(NULL AS VARCHAR(32))", " GROUP BY d.code, d.name ORDER BY d.code"),
        /** The parent of a programme line is its department's code. */
        PROGRAMME("p.code, p.name, pd.code", " GROUP BY p.code, p.name, pd.code ORDER BY p.code"),
        CATEGORY("c.code, c.name, CAST(NULL AS VARCHAR(32))", " GROUP BY c.code, c.name, c.sort_order ORDER BY c.sort_order, c.code"),
        /** One line for everything reached (code and name null). */
        ALL("CAST(NULL AS VARCHAR(32)), CAST(NULL AS VARCHAR(32)), CAST(NULL AS VARCHAR(32))", "");

        private final String columns;
        private final String grouping;

        Dimension(String columns, String grouping) {
            this.columns = columns;
            this.grouping = grouping;
        }
    }

    /**
     * Approved achievements and distinct students of one line of {@link #totals}.
     *
     * @param parent the department code of a programme line, else null
     */
    public record Total(String code, String name, String parent, long achievements, long students) {
    }

    /** Students whose points in the period fall between {@code from} and {@code to} (inclusive). */
    public record PointsBand(int from, int to, long students) {
    }
}
