package org.studenthub.core.transfer.jdbc;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;

/**
 * A table column written by an import, with the JDBC type used for its values. Values are
 * {@link String}, {@link Long} or {@link LocalDate}; reads are normalised to the same types so
 * a row read back compares equal to the row that wrote it.
 */
public record DbColumn(String name, int sqlType) {
    public static DbColumn text(String name) {
        return new DbColumn(name, Types.VARCHAR);
    }

    public static DbColumn id(String name) {
        return new DbColumn(name, Types.BIGINT);
    }

    public static DbColumn date(String name) {
        return new DbColumn(name, Types.DATE);
    }

    void bind(PreparedStatement statement, int index, Object value) throws SQLException {
        if (value == null) {
            statement.setNull(index, sqlType);
        } else if (value instanceof LocalDate date) {
            statement.setDate(index, Date.valueOf(date));
        } else if (value instanceof Long number) {
            statement.setLong(index, number);
        } else {
            statement.setString(index, value.toString());
        }
    }

    Object read(ResultSet rs, int index) throws SQLException {
        switch (sqlType) {
            case Types.DATE -> {
                Date date = rs.getDate(index);
                return date == null ? null : date.toLocalDate();
            }
            case Types.BIGINT -> {
                Object value = rs.getObject(index);
                return value == null ? null : value instanceof BigDecimal d ? d.longValue() : ((Number) value).longValue();
            }
            default -> {
                String text = rs.getString(index);
                return text == null ? null : text.stripTrailing();
            }
        }
    }
}
