package org.studenthub.core.portfolio;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.studenthub.core.db.Vendor;

/**
 * Display names of staff accounts, by id, for saying who approved an achievement. On PostgreSQL nobody may read
 * the account table, so the function {@code sh_staff_names} (schema V032) answers for the caller's own college;
 * students' accounts are never named.
 */
final class StaffNames {
    private StaffNames() {}

    static Map<Long, String> read(Connection c, long collegeId, Collection<Long> userIds) throws SQLException {
        Map<Long, String> names = new HashMap<>();
        if (userIds.isEmpty()) {
            return names;
        }
        boolean postgres = Vendor.fromProductName(c.getMetaData().getDatabaseProductName()) == Vendor.POSTGRESQL;
        String sql = postgres ? "SELECT id, display_name FROM sh_staff_names(?, ?)"
                : "SELECT id, display_name FROM app_user WHERE college_id = ? AND id = ANY (?) AND student_id IS NULL";
        try (PreparedStatement select = c.prepareStatement(sql)) {
            select.setLong(1, collegeId);
            select.setArray(2, c.createArrayOf("BIGINT", userIds.toArray()));
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    names.put(rs.getLong(1), rs.getString(2));
                }
            }
        }
        return names;
    }
}
