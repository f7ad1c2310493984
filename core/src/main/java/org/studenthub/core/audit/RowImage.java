package org.studenthub.core.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The audited columns of one row as they are now, for the before and after of a JDBC write. */
final class RowImage {
    private RowImage() {}

    static Optional<Map<String, Object>> read(Connection connection, AuditedTable table, long chain, long rowId)
            throws SQLException {
        String sql = "SELECT " + String.join(", ", table.columns()) + " FROM " + table.name()
                + " WHERE " + table.inChain("") + " AND " + table.key() + " = ?";
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            select.setLong(1, chain);
            select.setLong(2, rowId);
            try (ResultSet rs = select.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                Map<String, Object> values = new LinkedHashMap<>();
                for (int i = 0; i < table.columns().size(); i++) {
                    values.put(table.columns().get(i), rs.getObject(i + 1));
                }
                return Optional.of(values);
            }
        }
    }
}
