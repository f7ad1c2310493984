package org.studenthub.core.achievement;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Collectors;
import org.studenthub.core.achievement.evidence.ActiveContent;
import org.studenthub.core.achievement.evidence.EvidenceInspector;
import org.studenthub.core.achievement.evidence.EvidenceLimits;
import org.studenthub.core.achievement.evidence.InspectedEvidence;
import org.studenthub.core.audit.Audit;
import org.studenthub.core.common.ConflictException;
import org.studenthub.core.common.NotFoundException;
import org.studenthub.core.db.Transactions;
import org.studenthub.core.security.Permission;
import org.studenthub.core.security.StudentScope;
import org.studenthub.core.tenancy.CollegeContext;

/**
 * Evidence files of achievements, kept in the database (so backups, row-level security and the audit trail
 * cover them). A file is checked by {@link EvidenceInspector} (content type from the bytes, size limits, image
 * normalisation, active PDF content) while its achievement is locked, so two uploads cannot together pass the
 * per-achievement limit. Files are added and removed only while the achievement can be edited.
 */
public final class EvidenceService {
    private final Transactions transactions;
    private final EvidenceInspector inspector;

    public EvidenceService(Transactions transactions, EvidenceLimits limits) {
        this.transactions = transactions;
        this.inspector = new EvidenceInspector(limits);
    }

    /** Checks and stores one file; refuses with EvidenceRejectedException saying what and what to do. */
    public EvidenceView attach(CollegeContext context, long achievementId, String fileName, byte[] content) {
        CollegeContext.require(context, Permission.ACHIEVEMENT_SUBMIT);
        StudentScope scope = StudentScope.of(context, Permission.ACHIEVEMENT_SUBMIT);
        return transactions.jdbcInCollege(context, c -> {
            AchievementRow row = editable(c, context, scope, achievementId);
            InspectedEvidence checked = inspector.inspect(fileName, content, attachedBytes(c, context.collegeId(),
                    achievementId));
            long id = insert(c, context, row, checked, content);
            Audit.insertedRows(c, context, "achievement_evidence", new long[] {id});
            touch(c, context, achievementId);
            return new EvidenceView(id, checked.fileName(), checked.mediaType(), checked.sizeBytes(), checked.sha256Hex(),
                    checked.isImage(), checked.activeContent().stream().map(ActiveContent::name).toList());
        });
    }

    /** Removes a file from a draft or returned achievement. */
    public void remove(CollegeContext context, long achievementId, long evidenceId) {
        CollegeContext.require(context, Permission.ACHIEVEMENT_SUBMIT);
        StudentScope scope = StudentScope.of(context, Permission.ACHIEVEMENT_SUBMIT);
        transactions.jdbcInCollege(context, c -> {
            editable(c, context, scope, achievementId);
            Audit.RowChange audit = Audit.row(c, context, "achievement_evidence", evidenceId);
            try (PreparedStatement delete = c.prepareStatement("DELETE FROM achievement_evidence"
                    + " WHERE college_id = ? AND achievement_id = ? AND id = ?")) {
                delete.setLong(1, context.collegeId());
                delete.setLong(2, achievementId);
                delete.setLong(3, evidenceId);
                if (delete.executeUpdate() == 0) {
                    throw new NotFoundException("evidence", evidenceId);
                }
            }
            audit.record();
            touch(c, context, achievementId);
            return null;
        });
    }

    /** The original bytes of one file, for a caller who may read the achievement's student. */
    public byte[] content(CollegeContext context, long evidenceId) {
        CollegeContext.requireAny(context, Permission.STUDENT_READ, Permission.ACHIEVEMENT_APPROVE);
        return transactions.jdbcInCollege(context, c -> {
            long achievementId;
            byte[] bytes;
            try (PreparedStatement select = c.prepareStatement("SELECT achievement_id, content FROM achievement_evidence"
                    + " WHERE college_id = ? AND id = ?")) {
                select.setLong(1, context.collegeId());
                select.setLong(2, evidenceId);
                try (ResultSet rs = select.executeQuery()) {
                    if (!rs.next()) {
                        throw new NotFoundException("evidence", evidenceId);
                    }
                    achievementId = rs.getLong(1);
                    bytes = rs.getBytes(2);
                }
            }
            AchievementRow row = new AchievementRows(c, context.collegeId()).readOne(achievementId);
            if (row.waitingFor() == null || !ApproverRoutes.of(context).decides(row.waitingFor())) {
                StudentScope.of(context, Permission.STUDENT_READ).check(c, row.studentId());
            }
            Audit.viewed(c, context, "achievement_evidence", evidenceId);
            return bytes;
        });
    }

    private static AchievementRow editable(Connection c, CollegeContext context, StudentScope scope, long achievementId)
            throws SQLException {
        AchievementRow row = new AchievementRows(c, context.collegeId()).lockOne(achievementId);
        scope.check(c, row.studentId());
        if (!row.status().editable()) {
            throw new ConflictException("achievement.not_editable", achievementId, AchievementService.lower(row.status()));
        }
        return row;
    }

    static long attachedBytes(Connection c, long collegeId, long achievementId) throws SQLException {
        try (PreparedStatement select = c.prepareStatement("SELECT COALESCE(SUM(size_bytes), 0) FROM achievement_evidence"
                + " WHERE college_id = ? AND achievement_id = ?")) {
            select.setLong(1, collegeId);
            select.setLong(2, achievementId);
            try (ResultSet rs = select.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static long insert(Connection c, CollegeContext context, AchievementRow row, InspectedEvidence checked,
                               byte[] content) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO achievement_evidence (college_id, achievement_id,"
                + " student_id, file_name, media_type, size_bytes, sha256, content, preview_jpeg, thumbnail_jpeg,"
                + " active_content) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", new String[] {"id"})) {
            insert.setLong(1, context.collegeId());
            insert.setLong(2, row.id());
            insert.setLong(3, row.studentId());
            insert.setString(4, checked.fileName());
            insert.setString(5, checked.mediaType());
            insert.setLong(6, checked.sizeBytes());
            insert.setString(7, checked.sha256Hex());
            insert.setBytes(8, content);
            insert.setBytes(9, checked.previewJpeg());
            insert.setBytes(10, checked.thumbnailJpeg());
            List<ActiveContent> active = checked.activeContent();
            insert.setString(11, active.isEmpty() ? null
                    : active.stream().map(ActiveContent::name).collect(Collectors.joining(",")));
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    /** A changed evidence list is a change of the achievement: its version moves on. */
    private static void touch(Connection c, CollegeContext context, long achievementId) throws SQLException {
        Audit.RowChange audit = Audit.row(c, context, "achievement", achievementId);
        try (PreparedStatement update = c.prepareStatement("UPDATE achievement SET version = version + 1,"
                + " updated_at = CURRENT_TIMESTAMP WHERE college_id = ? AND id = ?")) {
            update.setLong(1, context.collegeId());
            update.setLong(2, achievementId);
            update.executeUpdate();
        }
        audit.record();
    }
}
