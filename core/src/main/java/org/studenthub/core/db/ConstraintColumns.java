package org.studenthub.core.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The columns a named constraint covers, read from the database's catalogue, so that a refusal can
 * name the field to correct.
 */
public final class ConstraintColumns {
    private static final String POSTGRES = "SELECT a.attname FROM pg_constraint c"
            + " JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = ANY (c.conkey)"
            + " WHERE c.conname = ? AND c.connamespace = current_schema()::regnamespace"
            + " ORDER BY array_position(c.conkey, a.attnum)";
    private static final String H2 = "SELECT COLUMN_NAME FROM INFORMATION_SCHEMA.CONSTRAINT_COLUMN_USAGE"
            + " WHERE CONSTRAINT_SCHEMA = SCHEMA() AND LOWER(CONSTRAINT_NAME) = ?";

    private ConstraintColumns() {}

    /** The constraint's columns in lower case (in key order on PostgreSQL), or none when it is unknown. */
    public static List<String> of(Connection connection, String constraint) throws SQLException {
        String name = constraint.toLowerCase(Locale.ROOT);
        Vendor vendor = Vendor.fromProductName(connection.getMetaData().getDatabaseProductName());
        List<String> columns = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(vendor == Vendor.H2 ? H2 : POSTGRES)) {
            select.setString(1, name);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    columns.add(rs.getString(1).toLowerCase(Locale.ROOT));
                }
            }
        }
        return columns;
    }
}
