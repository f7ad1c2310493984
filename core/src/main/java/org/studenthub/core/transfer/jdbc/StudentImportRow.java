package org.studenthub.core.transfer.jdbc;

import java.util.List;

/**
 * One checked row of a students file: the student number, which identifies the student within
 * the college, and the values of {@link #COLUMNS} in that order ({@link String},
 * {@link java.time.LocalDate} or {@link Long}, null when empty).
 */
public record StudentImportRow(String studentNumber, Object[] values) {
    /** The student columns an import writes besides {@code student_number}, in the order of {@link #values()}. */
    public static final List<DbColumn> COLUMNS = List.of(DbColumn.text("given_name"), DbColumn.text("family_name"),
            DbColumn.text("preferred_name"), DbColumn.text("name_key"), DbColumn.date("date_of_birth"),
            DbColumn.text("email"), DbColumn.text("phone"), DbColumn.text("address_line"), DbColumn.text("city"),
            DbColumn.text("postal_code"), DbColumn.text("country_code"), DbColumn.text("status"),
            DbColumn.date("admission_date"), DbColumn.id("programme_id"), DbColumn.id("section_id"));

    private static final int NAME_KEY = 3;

    public StudentImportRow {
        if (values.length != COLUMNS.size()) {
            throw new IllegalArgumentException("expected " + COLUMNS.size() + " values, got " + values.length);
        }
    }

    /** The folded name the search structures index. */
    public String nameKey() {
        return (String) values[NAME_KEY];
    }

    /** Index of {@code name_key} in {@link #values()}. */
    static int nameKeyIndex() {
        return NAME_KEY;
    }

    /** The column names, comma-separated, optionally each prefixed with a table alias and a dot. */
    static String columnList(String alias) {
        String prefix = alias.isEmpty() ? "" : alias + ".";
        return String.join(", ", COLUMNS.stream().map(c -> prefix + c.name()).toList());
    }
}
