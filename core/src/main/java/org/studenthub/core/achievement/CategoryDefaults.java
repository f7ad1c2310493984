package org.studenthub.core.achievement;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Gives a new college the default categories, levels and chains (schema V030's default_* tables). On
 * PostgreSQL the trigger college_categories (V031) does the same, in the database, for every new college.
 */
public final class CategoryDefaults {
    /** The tables seeded, in insert order. */
    public static final String[] TABLES = {"achievement_category", "category_level", "approval_step"};

    private static final String[] SEED = {
        "INSERT INTO achievement_category (college_id, code, name, points_cap, evidence_required, sort_order)"
            + " SELECT ?, d.code, d.name, d.points_cap, d.evidence_required, d.sort_order FROM default_category d",
        "INSERT INTO category_level (college_id, category_id, level, points)"
            + " SELECT c.college_id, c.id, d.level, d.points FROM achievement_category c"
            + " JOIN default_category_level d ON d.category_code = c.code WHERE c.college_id = ?",
        "INSERT INTO approval_step (college_id, category_id, step_no, approver)"
            + " SELECT c.college_id, c.id, d.step_no, d.approver FROM achievement_category c"
            + " JOIN default_approval_step d ON d.category_code = c.code WHERE c.college_id = ?"
    };

    private CategoryDefaults() {}

    /** Seeds the college's categories; call once, in the transaction that creates the college (H2 only). */
    public static void seed(Connection connection, long collegeId) throws SQLException {
        for (String sql : SEED) {
            try (PreparedStatement insert = connection.prepareStatement(sql)) {
                insert.setLong(1, collegeId);
                insert.executeUpdate();
            }
        }
    }
}
