package org.studenthub.core.achievement;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.studenthub.core.audit.Audit;
import org.studenthub.core.common.NotFoundException;
import org.studenthub.core.db.Transactions;
import org.studenthub.core.security.Permission;
import org.studenthub.core.tenancy.CollegeContext;

/**
 * The college's achievement categories: points per level, a cap, whether evidence is required and the
 * approval chain. Every member of the college reads them; the college administrator (records.write
 * college-wide) edits them. A changed chain applies to the next step of achievements already waiting.
 */
public final class CategoryService {
    public static final int MAX_STEPS = 5;
    public static final int MAX_CAP = 10_000;
    public static final int MAX_POINTS = 1_000;

    private final Transactions transactions;

    public CategoryService(Transactions transactions) {
        this.transactions = transactions;
    }

    public List<CategoryView> list(CollegeContext context) {
        CollegeContext.require(context, Permission.RECORDS_READ);
        return transactions.jdbcInCollege(context, c -> read(c, context.collegeId(), null));
    }

    /** Changes a category; returns it as it is now. */
    public CategoryView edit(CollegeContext context, String code, CategoryChange change) {
        CollegeContext.requireCollegeWide(context, Permission.RECORDS_WRITE);
        check(change);
        return transactions.jdbcInCollege(context, c -> {
            List<CategoryView> found = read(c, context.collegeId(), code);
            if (found.isEmpty()) {
                throw new NotFoundException("category", code);
            }
            CategoryView before = found.get(0);
            updateCategory(c, context, before, change);
            if (change.points() != null) {
                for (Map.Entry<Level, Integer> level : change.points().entrySet()) {
                    setPoints(c, context, before.id(), level.getKey(), level.getValue());
                }
            }
            if (change.chain() != null) {
                replaceChain(c, context, before.id(), change.chain());
            }
            return read(c, context.collegeId(), code).get(0);
        });
    }

    private static void updateCategory(Connection c, CollegeContext context, CategoryView before, CategoryChange change)
            throws SQLException {
        Audit.RowChange audit = Audit.row(c, context, "achievement_category", before.id());
        try (PreparedStatement update = c.prepareStatement("UPDATE achievement_category SET name = ?, points_cap = ?,"
                + " evidence_required = ?, status = ?, version = version + 1, updated_at = CURRENT_TIMESTAMP"
                + " WHERE college_id = ? AND id = ?")) {
            update.setString(1, change.name() == null ? before.name() : change.name().strip());
            update.setInt(2, change.pointsCap() == null ? before.pointsCap() : change.pointsCap());
            update.setBoolean(3, change.evidenceRequired() == null ? before.evidenceRequired() : change.evidenceRequired());
            boolean active = change.active() == null ? before.active() : change.active();
            update.setString(4, active ? "ACTIVE" : "RETIRED");
            update.setLong(5, context.collegeId());
            update.setLong(6, before.id());
            update.executeUpdate();
        }
        audit.record();
    }

    private static void setPoints(Connection c, CollegeContext context, long category, Level level, int points)
            throws SQLException {
        Long id = null;
        try (PreparedStatement select = c.prepareStatement("SELECT id FROM category_level WHERE college_id = ?"
                + " AND category_id = ? AND level = ?")) {
            select.setLong(1, context.collegeId());
            select.setLong(2, category);
            select.setString(3, level.name());
            try (ResultSet rs = select.executeQuery()) {
                id = rs.next() ? rs.getLong(1) : null;
            }
        }
        if (id == null) {
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO category_level (college_id, category_id,"
                    + " level, points) VALUES (?, ?, ?, ?)", new String[] {"id"})) {
                insert.setLong(1, context.collegeId());
                insert.setLong(2, category);
                insert.setString(3, level.name());
                insert.setInt(4, points);
                insert.executeUpdate();
                try (ResultSet keys = insert.getGeneratedKeys()) {
                    keys.next();
                    Audit.insertedRows(c, context, "category_level", new long[] {keys.getLong(1)});
                }
            }
            return;
        }
        Audit.RowChange audit = Audit.row(c, context, "category_level", id);
        try (PreparedStatement update = c.prepareStatement("UPDATE category_level SET points = ?,"
                + " version = version + 1, updated_at = CURRENT_TIMESTAMP WHERE college_id = ? AND id = ?")) {
            update.setInt(1, points);
            update.setLong(2, context.collegeId());
            update.setLong(3, id);
            update.executeUpdate();
        }
        audit.record();
    }

    /** Rewrites the chain step by step: changed steps are updated, extra ones added, missing ones removed. */
    private static void replaceChain(Connection c, CollegeContext context, long category, List<ApproverKind> chain)
            throws SQLException {
        Map<Integer, Long> steps = new LinkedHashMap<>();
        try (PreparedStatement select = c.prepareStatement("SELECT step_no, id FROM approval_step WHERE college_id = ?"
                + " AND category_id = ? ORDER BY step_no")) {
            select.setLong(1, context.collegeId());
            select.setLong(2, category);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    steps.put(rs.getInt(1), rs.getLong(2));
                }
            }
        }
        for (Map.Entry<Integer, Long> step : steps.entrySet()) {
            if (step.getKey() > chain.size()) {
                Audit.RowChange audit = Audit.row(c, context, "approval_step", step.getValue());
                try (PreparedStatement delete = c.prepareStatement("DELETE FROM approval_step WHERE college_id = ? AND id = ?")) {
                    delete.setLong(1, context.collegeId());
                    delete.setLong(2, step.getValue());
                    delete.executeUpdate();
                }
                audit.record();
            }
        }
        for (int i = 0; i < chain.size(); i++) {
            int stepNo = i + 1;
            Long id = steps.get(stepNo);
            if (id == null) {
                try (PreparedStatement insert = c.prepareStatement("INSERT INTO approval_step (college_id, category_id,"
                        + " step_no, approver) VALUES (?, ?, ?, ?)", new String[] {"id"})) {
                    insert.setLong(1, context.collegeId());
                    insert.setLong(2, category);
                    insert.setInt(3, stepNo);
                    insert.setString(4, chain.get(i).name());
                    insert.executeUpdate();
                    try (ResultSet keys = insert.getGeneratedKeys()) {
                        keys.next();
                        Audit.insertedRows(c, context, "approval_step", new long[] {keys.getLong(1)});
                    }
                }
            } else {
                Audit.RowChange audit = Audit.row(c, context, "approval_step", id);
                try (PreparedStatement update = c.prepareStatement("UPDATE approval_step SET approver = ?,"
                        + " version = version + 1, updated_at = CURRENT_TIMESTAMP WHERE college_id = ? AND id = ?")) {
                    update.setString(1, chain.get(i).name());
                    update.setLong(2, context.collegeId());
                    update.setLong(3, id);
                    update.executeUpdate();
                }
                audit.record();
            }
        }
    }

    private static List<CategoryView> read(Connection c, long collegeId, String code) throws SQLException {
        Map<Long, Map<Level, Integer>> points = new LinkedHashMap<>();
        Map<Long, List<ApproverKind>> chains = new LinkedHashMap<>();
        try (PreparedStatement select = c.prepareStatement("SELECT category_id, level, points FROM category_level"
                + " WHERE college_id = ?")) {
            select.setLong(1, collegeId);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    points.computeIfAbsent(rs.getLong(1), k -> new EnumMap<>(Level.class))
                            .put(Level.valueOf(rs.getString(2)), rs.getInt(3));
                }
            }
        }
        try (PreparedStatement select = c.prepareStatement("SELECT category_id, approver FROM approval_step"
                + " WHERE college_id = ? ORDER BY category_id, step_no")) {
            select.setLong(1, collegeId);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    chains.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(ApproverKind.valueOf(rs.getString(2)));
                }
            }
        }
        List<CategoryView> categories = new ArrayList<>();
        try (PreparedStatement select = c.prepareStatement("SELECT id, code, name, points_cap, evidence_required,"
                + " status, version FROM achievement_category WHERE college_id = ?"
                + (code == null ? "" : " AND code = ?") + " ORDER BY sort_order, code")) {
            select.setLong(1, collegeId);
            if (code != null) {
                select.setString(2, code.strip().toLowerCase(java.util.Locale.ROOT));
            }
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    long id = rs.getLong(1);
                    categories.add(new CategoryView(id, rs.getString(2), rs.getString(3), rs.getInt(4), rs.getBoolean(5),
                            "ACTIVE".equals(rs.getString(6)), Map.copyOf(points.getOrDefault(id, Map.of())),
                            List.copyOf(chains.getOrDefault(id, List.of())), rs.getLong(7)));
                }
            }
        }
        return categories;
    }

    private static void check(CategoryChange change) {
        if (change.name() != null && (change.name().isBlank() || change.name().length() > 200)) {
            throw AchievementService.invalid("name", "category.name.invalid");
        }
        if (change.pointsCap() != null && (change.pointsCap() < 0 || change.pointsCap() > MAX_CAP)) {
            throw AchievementService.invalid("pointsCap", "category.range", 0, MAX_CAP);
        }
        if (change.points() != null && change.points().values().stream().anyMatch(p -> p == null || p < 0 || p > MAX_POINTS)) {
            throw AchievementService.invalid("points", "category.range", 0, MAX_POINTS);
        }
        if (change.chain() != null && (change.chain().isEmpty() || change.chain().size() > MAX_STEPS)) {
            throw AchievementService.invalid("chain", "category.chain.steps", MAX_STEPS);
        }
    }
}
