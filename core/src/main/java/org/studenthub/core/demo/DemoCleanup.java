package org.studenthub.core.demo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.studenthub.core.audit.Audit;
import org.studenthub.core.db.Transactions;
import org.studenthub.core.db.Vendor;
import org.studenthub.core.tenancy.CollegeContext;

/**
 * Removes a college that a failed demo run had started, with everything in it, so a failure
 * never leaves a half-generated college behind. This is the only deletion in StudentHub and it
 * only ever touches colleges the same run created moments before. The deletions are audited
 * (the college's audit trail itself stays).
 */
final class DemoCleanup {
    private static final Logger LOG = LoggerFactory.getLogger(DemoCleanup.class);

    /** Child tables first, so that no foreign key is violated on the way. */
    private static final String[] ACCOUNT_TABLES = {"user_grant", "app_user", "role_permission"};
    /** Removed first: they name accounts (deciders, organisers). Notifications are not audited. */
    private static final String[] ACHIEVEMENT_TABLES = {"achievement_decision", "achievement_evidence", "achievement",
        "activity_event", "approval_step", "category_level", "achievement_category"};
    /** Derived from student names (the search index): not audited, removed first. */
    private static final String[] SEARCH_TABLES = {"student_name_word", "student_name_fragment"};
    private static final String[] TABLES = {"attendance_mark", "attendance_session", "mentor_assignment",
        "enrolment", "teaching_assignment", "guardian", "student_photo",
        "student_document", "student", "teacher", "section", "term", "academic_year", "course", "programme",
        "department"};

    private final Transactions transactions;

    DemoCleanup(Transactions transactions) {
        this.transactions = transactions;
    }

    /** Deletes the college and its rows; logs and keeps going if that fails too. */
    void removeQuietly(long collegeId, String code, RuntimeException cause) {
        try {
            CollegeContext context = CollegeContext.system(collegeId, "demo");
            transactions.jdbcInCollege(context, connection -> {
                remove(connection, context);
                return null;
            });
            LOG.info("Removed partly generated demo college {} after a failure", code);
        } catch (RuntimeException e) {
            LOG.error("Could not remove partly generated demo college {}", code, e);
            cause.addSuppressed(e);
        }
    }

    private static void remove(Connection connection, CollegeContext context) throws SQLException {
        long collegeId = context.collegeId();
        execute(connection, "DELETE FROM notification WHERE college_id = ?", collegeId);
        for (String table : ACHIEVEMENT_TABLES) {
            Audit.deletingAll(connection, context, table);
            execute(connection, "DELETE FROM " + table + " WHERE college_id = ?", collegeId);
        }
        for (String table : TABLES) {
            Audit.deletingAll(connection, context, table);
        }
        Audit.deletingAll(connection, context, "college");
        execute(connection, "UPDATE department SET head_teacher_id = NULL WHERE college_id = ?", collegeId);
        if (Vendor.fromProductName(connection.getMetaData().getDatabaseProductName()) == Vendor.POSTGRESQL) {
            DemoSignIns.dropLogins(connection, collegeId);
        }
        for (String table : ACCOUNT_TABLES) {
            execute(connection, "DELETE FROM " + table + " WHERE college_id = ?", collegeId);
        }
        for (String table : SEARCH_TABLES) {
            execute(connection, "DELETE FROM " + table + " WHERE college_id = ?", collegeId);
        }
        for (String table : TABLES) {
            execute(connection, "DELETE FROM " + table + " WHERE college_id = ?", collegeId);
        }
        execute(connection, "DELETE FROM college WHERE id = ?", collegeId);
    }

    private static void execute(Connection connection, String sql, long collegeId) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, collegeId);
            statement.executeUpdate();
        }
    }
}
