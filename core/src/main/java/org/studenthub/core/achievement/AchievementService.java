package org.studenthub.core.achievement;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.studenthub.core.audit.Audit;
import org.studenthub.core.common.ConflictException;
import org.studenthub.core.common.Messages;
import org.studenthub.core.common.NotFoundException;
import org.studenthub.core.common.Page;
import org.studenthub.core.common.PageRequest;
import org.studenthub.core.common.Validation;
import org.studenthub.core.common.ValidationException;
import org.studenthub.core.db.Transactions;
import org.studenthub.core.security.Permission;
import org.studenthub.core.security.StudentScope;
import org.studenthub.core.tenancy.CollegeContext;

/**
 * Students' achievements: drafts saved and edited until submitted (and again when returned for revision),
 * read one at a time with their evidence and decision history, and listed per student. Status changes are
 * decisions ({@link DecisionService}); evidence files are attached with {@link EvidenceService}.
 */
public final class AchievementService {
    private final Transactions transactions;

    public AchievementService(Transactions transactions) {
        this.transactions = transactions;
    }

    /** Saves a new draft for a student the caller reaches with {@code achievement.submit}. */
    public AchievementView saveDraft(CollegeContext context, AchievementDraft draft) {
        CollegeContext.require(context, Permission.ACHIEVEMENT_SUBMIT);
        check(draft);
        StudentScope scope = StudentScope.of(context, Permission.ACHIEVEMENT_SUBMIT);
        return transactions.jdbcInCollege(context, c -> {
            scope.check(c, draft.studentId());
            long category = category(c, context.collegeId(), draft.categoryCode());
            long id = insert(c, context, draft, category);
            Audit.insertedRows(c, context, "achievement", new long[] {id});
            return find(c, context.collegeId(), id);
        });
    }

    /** Replaces a draft's (or returned achievement's) fields; {@code expectedVersion} is the version edited. */
    public AchievementView editDraft(CollegeContext context, long id, long expectedVersion, AchievementDraft draft) {
        CollegeContext.require(context, Permission.ACHIEVEMENT_SUBMIT);
        check(draft);
        StudentScope scope = StudentScope.of(context, Permission.ACHIEVEMENT_SUBMIT);
        return transactions.jdbcInCollege(context, c -> {
            AchievementRow row = new AchievementRows(c, context.collegeId()).lockOne(id);
            scope.check(c, row.studentId());
            if (row.studentId() != draft.studentId()) {
                throw invalid("studentId", "achievement.student.fixed");
            }
            if (!row.status().editable()) {
                throw new ConflictException("achievement.not_editable", id, lower(row.status()));
            }
            if (row.version() != expectedVersion) {
                throw ConflictException.staleRecord("achievement", id, null);
            }
            long category = category(c, context.collegeId(), draft.categoryCode());
            Audit.RowChange audit = Audit.row(c, context, "achievement", id);
            update(c, context.collegeId(), id, draft, category);
            audit.record();
            return find(c, context.collegeId(), id);
        });
    }

    /** One achievement with its evidence and decisions, for a caller who reaches its student. */
    public AchievementDetail show(CollegeContext context, long id) {
        CollegeContext.requireAny(context, Permission.STUDENT_READ, Permission.ACHIEVEMENT_APPROVE);
        StudentScope scope = StudentScope.of(context, Permission.STUDENT_READ);
        ApproverRoutes routes = ApproverRoutes.of(context);
        return transactions.jdbcInCollege(context, c -> {
            AchievementRow row = new AchievementRows(c, context.collegeId()).readOne(id);
            if (row.waitingFor() == null || !routes.decides(row.waitingFor())) {
                scope.check(c, row.studentId());
            }
            AchievementView view = find(c, context.collegeId(), id);
            return new AchievementDetail(view, EvidenceRows.list(c, context.collegeId(), id),
                    decisions(c, context.collegeId(), id));
        });
    }

    /** One page of a student's achievements, newest first. */
    public Page<AchievementView> listForStudent(CollegeContext context, long studentId, PageRequest page) {
        CollegeContext.require(context, Permission.STUDENT_READ);
        Validation.check(page);
        StudentScope scope = StudentScope.of(context, Permission.STUDENT_READ);
        return transactions.jdbcInCollege(context, c -> {
            scope.check(c, studentId);
            long before = page.after() == null ? Long.MAX_VALUE : cursor(page.after());
            List<AchievementView> items = new ArrayList<>();
            try (PreparedStatement select = c.prepareStatement(AchievementSql.SELECT
                    + " WHERE a.college_id = ? AND a.student_id = ? AND a.id < ? ORDER BY a.id DESC"
                    + " FETCH FIRST " + (page.limit() + 1) + " ROWS ONLY")) {
                select.setLong(1, context.collegeId());
                select.setLong(2, studentId);
                select.setLong(3, before);
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        items.add(AchievementSql.view(rs));
                    }
                }
            }
            boolean more = items.size() > page.limit();
            List<AchievementView> shown = more ? items.subList(0, page.limit()) : items;
            return new Page<>(List.copyOf(shown), more ? String.valueOf(shown.get(shown.size() - 1).id()) : null);
        });
    }

    static AchievementView find(Connection c, long collegeId, long id) throws SQLException {
        try (PreparedStatement select = c.prepareStatement(AchievementSql.SELECT + " WHERE a.college_id = ? AND a.id = ?")) {
            select.setLong(1, collegeId);
            select.setLong(2, id);
            try (ResultSet rs = select.executeQuery()) {
                if (!rs.next()) {
                    throw new NotFoundException("achievement", id);
                }
                return AchievementSql.view(rs);
            }
        }
    }

    private static List<DecisionView> decisions(Connection c, long collegeId, long id) throws SQLException {
        List<DecisionView> decisions = new ArrayList<>();
        try (PreparedStatement select = c.prepareStatement("SELECT d.decision_uuid, d.step_no, d.decision,"
                + " d.comment_text, d.decided_by, d.decided_at, d.seen_version, d.outcome, d.to_status"
                + " FROM achievement_decision d WHERE d.college_id = ? AND d.achievement_id = ? ORDER BY d.id")) {
            select.setLong(1, collegeId);
            select.setLong(2, id);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    String to = rs.getString(9);
                    decisions.add(new DecisionView(rs.getObject(1, UUID.class), rs.getInt(2),
                            DecisionKind.valueOf(rs.getString(3)), rs.getString(4), "user " + rs.getLong(5),
                            rs.getTimestamp(6).toInstant(), rs.getLong(7), DecisionOutcome.valueOf(rs.getString(8)),
                            to == null ? null : AchievementStatus.valueOf(to)));
                }
            }
        }
        return decisions;
    }

    private static long insert(Connection c, CollegeContext context, AchievementDraft draft, long category)
            throws SQLException {
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO achievement (college_id, student_id,"
                + " category_id, level, title, description, issuer, event_id, starts_on, ends_on, links, created_by)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", new String[] {"id"})) {
            insert.setLong(1, context.collegeId());
            insert.setLong(2, draft.studentId());
            bindFields(insert, 3, draft, category);
            insert.setObject(12, context.access().userId().orElse(null), Types.BIGINT);
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        } catch (SQLException e) {
            throw translate(e, draft).orElseThrow(() -> e);
        }
    }

    private static void update(Connection c, long collegeId, long id, AchievementDraft draft, long category)
            throws SQLException {
        try (PreparedStatement update = c.prepareStatement("UPDATE achievement SET category_id = ?, level = ?,"
                + " title = ?, description = ?, issuer = ?, event_id = ?, starts_on = ?, ends_on = ?, links = ?,"
                + " version = version + 1, updated_at = CURRENT_TIMESTAMP WHERE college_id = ? AND id = ?")) {
            bindFields(update, 1, draft, category);
            update.setLong(10, collegeId);
            update.setLong(11, id);
            update.executeUpdate();
        } catch (SQLException e) {
            throw translate(e, draft).orElseThrow(() -> e);
        }
    }

    private static void bindFields(PreparedStatement statement, int first, AchievementDraft draft, long category)
            throws SQLException {
        statement.setLong(first, category);
        statement.setString(first + 1, draft.level().name());
        statement.setString(first + 2, draft.title().strip());
        statement.setString(first + 3, blankToNull(draft.description()));
        statement.setString(first + 4, blankToNull(draft.issuer()));
        statement.setObject(first + 5, draft.eventId(), Types.BIGINT);
        statement.setObject(first + 6, draft.startsOn());
        statement.setObject(first + 7, draft.endsOn());
        statement.setString(first + 8, blankToNull(draft.links()));
    }

    private static long category(Connection c, long collegeId, String code) throws SQLException {
        try (PreparedStatement select = c.prepareStatement(
                "SELECT id, status FROM achievement_category WHERE college_id = ? AND code = ?")) {
            select.setLong(1, collegeId);
            select.setString(2, code.strip().toLowerCase(java.util.Locale.ROOT));
            try (ResultSet rs = select.executeQuery()) {
                if (!rs.next()) {
                    throw invalid("categoryCode", "achievement.category.unknown", code);
                }
                if (!"ACTIVE".equals(rs.getString(2))) {
                    throw invalid("categoryCode", "achievement.category.retired", code);
                }
                return rs.getLong(1);
            }
        }
    }

    private static void check(AchievementDraft draft) {
        Validation.check(draft);
        if (draft.endsOn() != null && draft.endsOn().isBefore(draft.startsOn())) {
            throw invalid("endsOn", "achievement.ends_on.before_start", draft.startsOn());
        }
        if (draft.startsOn().isAfter(LocalDate.now().plusDays(1))) {
            throw invalid("startsOn", "achievement.starts_on.future", draft.startsOn());
        }
    }

    /** A refused foreign key names a record the caller gave that does not exist. */
    private static java.util.Optional<RuntimeException> translate(SQLException e, AchievementDraft draft) {
        String message = String.valueOf(e.getMessage()).toLowerCase(java.util.Locale.ROOT);
        if (message.contains("fk_achievement_event")) {
            return java.util.Optional.of(new NotFoundException("event", draft.eventId()));
        }
        if (message.contains("fk_achievement_student")) {
            return java.util.Optional.of(new NotFoundException("student", draft.studentId()));
        }
        return java.util.Optional.empty();
    }

    private static long cursor(String after) {
        try {
            return Long.parseLong(after);
        } catch (NumberFormatException e) {
            throw invalid("after", "paging.cursor.invalid", after);
        }
    }

    static String lower(Enum<?> value) {
        return value.name().toLowerCase(java.util.Locale.ROOT);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    static ValidationException invalid(String field, String key, Object... args) {
        return new ValidationException(List.of(new ValidationException.FieldProblem(field, Messages.get(key, args))));
    }
}
