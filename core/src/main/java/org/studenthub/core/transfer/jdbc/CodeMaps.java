package org.studenthub.core.transfer.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The college's reference codes (departments, programmes, academic years, sections, terms),
 * upper-cased, loaded once per import: these tables are small, so rows resolve from memory.
 */
public final class CodeMaps {
    private final Map<String, Long> departments;
    private final Map<String, Long> programmes;
    private final Map<String, Long> academicYears;
    private final Long currentYear;
    private final Map<Long, Map<String, Section>> sectionsByYear;
    private final Map<Long, Map<String, Long>> termsByYear;

    private CodeMaps(Connection connection, long collegeId) throws SQLException {
        departments = codes(connection, "SELECT code, id FROM department WHERE college_id = ?", collegeId);
        programmes = codes(connection, "SELECT code, id FROM programme WHERE college_id = ?", collegeId);
        academicYears = codes(connection, "SELECT code, id FROM academic_year WHERE college_id = ?", collegeId);
        currentYear = current(connection, collegeId);
        sectionsByYear = sections(connection, collegeId);
        termsByYear = terms(connection, collegeId);
    }

    /** Loads the codes of one college. */
    public static CodeMaps load(Connection connection, long collegeId) throws SQLException {
        return new CodeMaps(connection, collegeId);
    }

    /** A section: its id and the programme it belongs to. */
    public record Section(long id, long programmeId) {}

    public Map<String, Long> departments() {
        return departments;
    }

    public Map<String, Long> programmes() {
        return programmes;
    }

    public Map<String, Long> academicYears() {
        return academicYears;
    }

    /** The academic year with status CURRENT, or null when there is none. */
    public Long currentYear() {
        return currentYear;
    }

    /** A section by its code within one academic year, or null. */
    public Section section(long yearId, String code) {
        return sectionsByYear.getOrDefault(yearId, Map.of()).get(code.toUpperCase(Locale.ROOT));
    }

    /** A term's id by its code within one academic year, or null. */
    public Long term(long yearId, String code) {
        return termsByYear.getOrDefault(yearId, Map.of()).get(code.toUpperCase(Locale.ROOT));
    }

    private static Map<String, Long> codes(Connection connection, String sql, long collegeId) throws SQLException {
        Map<String, Long> result = new HashMap<>();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, collegeId);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    result.put(rs.getString(1).toUpperCase(Locale.ROOT), rs.getLong(2));
                }
            }
        }
        return result;
    }

    private static Long current(Connection connection, long collegeId) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT id FROM academic_year WHERE college_id = ? AND status = 'CURRENT' ORDER BY starts_on DESC")) {
            statement.setLong(1, collegeId);
            try (ResultSet rs = statement.executeQuery()) {
                return rs.next() ? rs.getLong(1) : null;
            }
        }
    }

    private static Map<Long, Map<String, Section>> sections(Connection connection, long collegeId) throws SQLException {
        Map<Long, Map<String, Section>> result = new HashMap<>();
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT academic_year_id, code, id, programme_id FROM section WHERE college_id = ?")) {
            statement.setLong(1, collegeId);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    result.computeIfAbsent(rs.getLong(1), y -> new HashMap<>())
                            .put(rs.getString(2).toUpperCase(Locale.ROOT), new Section(rs.getLong(3), rs.getLong(4)));
                }
            }
        }
        return result;
    }

    private static Map<Long, Map<String, Long>> terms(Connection connection, long collegeId) throws SQLException {
        Map<Long, Map<String, Long>> result = new HashMap<>();
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT academic_year_id, code, id FROM term WHERE college_id = ?")) {
            statement.setLong(1, collegeId);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    result.computeIfAbsent(rs.getLong(1), y -> new HashMap<>())
                            .put(rs.getString(2).toUpperCase(Locale.ROOT), rs.getLong(3));
                }
            }
        }
        return result;
    }
}
