package org.studenthub.core.portfolio;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.studenthub.core.achievement.ApproverKind;
import org.studenthub.core.achievement.Level;
import org.studenthub.core.common.NotFoundException;
import org.studenthub.core.db.Transactions;
import org.studenthub.core.security.Permission;
import org.studenthub.core.security.StudentScope;
import org.studenthub.core.tenancy.CollegeContext;

/**
 * Reads a {@link PortfolioContent} in one transaction with a fixed number of set-based queries (college, student,
 * achievements, approvals, approvers' names, evidence), however many achievements the student has. The caller
 * must reach the student with {@code student.read}; on PostgreSQL row-level security applies as to every read.
 */
public final class PortfolioSource {
    private static final String ACHIEVEMENTS = "SELECT a.id, a.version, c.code, c.name, c.sort_order, a.level,"
            + " a.title, a.description, a.issuer, e.name, a.starts_on, a.ends_on, a.points, c.points_cap"
            + " FROM achievement a"
            + " JOIN achievement_category c ON c.college_id = a.college_id AND c.id = a.category_id"
            + " LEFT JOIN activity_event e ON e.college_id = a.college_id AND e.id = a.event_id"
            + " WHERE a.college_id = ? AND a.student_id = ? AND a.status = 'APPROVED'"
            + " ORDER BY c.sort_order, c.code, a.starts_on DESC, a.id DESC";
    /** The decision that approved each achievement (the last APPLIED one leading to APPROVED), with its step. */
    private static final String APPROVALS = "SELECT d.achievement_id, d.decided_by, d.decided_at, s.approver"
            + " FROM achievement_decision d"
            + " JOIN achievement a ON a.college_id = d.college_id AND a.id = d.achievement_id"
            + " LEFT JOIN approval_step s ON s.college_id = a.college_id AND s.category_id = a.category_id"
            + "  AND s.step_no = d.step_no"
            + " WHERE d.college_id = ? AND d.student_id = ? AND a.status = 'APPROVED' AND d.outcome = 'APPLIED'"
            + "  AND d.to_status = 'APPROVED'"
            + " ORDER BY d.achievement_id, d.decided_at, d.id";
    private static final String EVIDENCE = "SELECT v.achievement_id, v.id, v.file_name, v.media_type, v.sha256,"
            + " CASE WHEN v.media_type = 'application/pdf' THEN v.content"
            + "  ELSE COALESCE(v.thumbnail_jpeg, v.preview_jpeg) END"
            + " FROM achievement_evidence v"
            + " JOIN achievement a ON a.college_id = v.college_id AND a.id = v.achievement_id"
            + " WHERE v.college_id = ? AND v.student_id = ? AND a.status = 'APPROVED'"
            + " ORDER BY v.achievement_id, v.id";

    private final Transactions transactions;

    public PortfolioSource(Transactions transactions) {
        this.transactions = transactions;
    }

    /** The portfolio content of one student of the caller's college. */
    public PortfolioContent read(CollegeContext context, long studentId) {
        CollegeContext.require(context, Permission.STUDENT_READ);
        StudentScope scope = StudentScope.of(context, Permission.STUDENT_READ);
        return transactions.jdbcInCollege(context, c -> {
            scope.check(c, studentId);
            PortfolioContent.College college = college(c, context.collegeId());
            PortfolioContent.Student student = student(c, context.collegeId(), studentId);
            Map<Long, List<PortfolioContent.Evidence>> evidence = evidence(c, context.collegeId(), studentId);
            Map<Long, Approval> approvals = approvals(c, context.collegeId(), studentId);
            Map<Long, String> names = StaffNames.read(c, context.collegeId(),
                    approvals.values().stream().map(Approval::userId).distinct().toList());
            return new PortfolioContent(college, student,
                    achievements(c, context.collegeId(), studentId, approvals, names, evidence));
        });
    }

    static PortfolioContent.College college(Connection c, long collegeId) throws SQLException {
        try (PreparedStatement select = c.prepareStatement("SELECT co.code, co.name, co.default_locale, b.logo,"
                + " b.logo_media_type, b.primary_colour, b.accent_colour, co.time_zone FROM college co"
                + " LEFT JOIN college_branding b ON b.college_id = co.id WHERE co.id = ?")) {
            select.setLong(1, collegeId);
            try (ResultSet rs = select.executeQuery()) {
                if (!rs.next()) {
                    throw new NotFoundException("college", collegeId);
                }
                CollegeBranding branding = rs.getString(6) == null ? CollegeBranding.DEFAULT
                        : new CollegeBranding(rs.getBytes(4), rs.getString(5), rs.getString(6).strip(),
                                rs.getString(7).strip());
                return new PortfolioContent.College(collegeId, rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(8), branding);
            }
        }
    }

    private static PortfolioContent.Student student(Connection c, long collegeId, long studentId) throws SQLException {
        try (PreparedStatement select = c.prepareStatement("SELECT s.student_number, s.given_name, s.family_name,"
                + " s.preferred_name, p.name, p.degree, sec.name, ph.content FROM student s"
                + " JOIN programme p ON p.college_id = s.college_id AND p.id = s.programme_id"
                + " LEFT JOIN section sec ON sec.college_id = s.college_id AND sec.id = s.section_id"
                + " LEFT JOIN student_photo ph ON ph.college_id = s.college_id AND ph.student_id = s.id"
                + " WHERE s.college_id = ? AND s.id = ?")) {
            select.setLong(1, collegeId);
            select.setLong(2, studentId);
            try (ResultSet rs = select.executeQuery()) {
                if (!rs.next()) {
                    throw new NotFoundException("student", studentId);
                }
                return new PortfolioContent.Student(studentId, rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getBytes(8));
            }
        }
    }

    private static List<PortfolioContent.Achievement> achievements(Connection c, long collegeId, long studentId,
            Map<Long, Approval> approvals, Map<Long, String> names, Map<Long, List<PortfolioContent.Evidence>> evidence)
            throws SQLException {
        List<PortfolioContent.Achievement> achievements = new ArrayList<>();
        try (PreparedStatement select = c.prepareStatement(ACHIEVEMENTS)) {
            select.setLong(1, collegeId);
            select.setLong(2, studentId);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    long id = rs.getLong(1);
                    Approval approval = approvals.get(id);
                    achievements.add(new PortfolioContent.Achievement(id, rs.getLong(2), rs.getString(3),
                            rs.getString(4), rs.getInt(5), rs.getInt(14), Level.valueOf(rs.getString(6)), rs.getString(7),
                            rs.getString(8), rs.getString(9), rs.getString(10), rs.getObject(11, LocalDate.class),
                            rs.getObject(12, LocalDate.class), rs.getInt(13),
                            approval == null ? null : approval.at(),
                            approval == null ? null : names.get(approval.userId()),
                            approval == null ? null : approval.role(),
                            evidence.getOrDefault(id, List.of())));
                }
            }
        }
        return achievements;
    }

    private static Map<Long, Approval> approvals(Connection c, long collegeId, long studentId) throws SQLException {
        Map<Long, Approval> approvals = new HashMap<>();
        try (PreparedStatement select = c.prepareStatement(APPROVALS)) {
            select.setLong(1, collegeId);
            select.setLong(2, studentId);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    String role = rs.getString(4);
                    // ordered by time: the last approval (after a revocation and a new approval) wins
                    approvals.put(rs.getLong(1), new Approval(rs.getLong(2), rs.getTimestamp(3).toInstant(),
                            role == null ? null : ApproverKind.valueOf(role)));
                }
            }
        }
        return approvals;
    }

    private static Map<Long, List<PortfolioContent.Evidence>> evidence(Connection c, long collegeId, long studentId)
            throws SQLException {
        Map<Long, List<PortfolioContent.Evidence>> files = new HashMap<>();
        try (PreparedStatement select = c.prepareStatement(EVIDENCE)) {
            select.setLong(1, collegeId);
            select.setLong(2, studentId);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    files.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new PortfolioContent.Evidence(
                            rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5).strip(), rs.getBytes(6)));
                }
            }
        }
        return files;
    }

    private record Approval(long userId, java.time.Instant at, ApproverKind role) {
    }
}
