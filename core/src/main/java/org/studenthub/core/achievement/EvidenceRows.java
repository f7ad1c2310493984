package org.studenthub.core.achievement;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Reads of the evidence table (never the file bytes, unless asked for one file). */
final class EvidenceRows {
    private EvidenceRows() {}

    static List<EvidenceView> list(Connection c, long collegeId, long achievementId) throws SQLException {
        List<EvidenceView> files = new ArrayList<>();
        try (PreparedStatement select = c.prepareStatement("SELECT id, file_name, media_type, size_bytes, sha256,"
                + " CASE WHEN preview_jpeg IS NULL THEN 0 ELSE 1 END, active_content FROM achievement_evidence"
                + " WHERE college_id = ? AND achievement_id = ? ORDER BY id")) {
            select.setLong(1, collegeId);
            select.setLong(2, achievementId);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    String active = rs.getString(7);
                    files.add(new EvidenceView(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4),
                            rs.getString(5), rs.getInt(6) == 1,
                            active == null || active.isEmpty() ? List.of() : Arrays.asList(active.split(","))));
                }
            }
        }
        return files;
    }
}
