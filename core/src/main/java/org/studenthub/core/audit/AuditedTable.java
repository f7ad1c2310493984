package org.studenthub.core.audit;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which columns of a records table the audit payload shows, by the rules of PostgreSQL's {@code audit_attach}
 * (schema V021): every column except college_id, created_at, updated_at, version, the primary key (it is the
 * row id) and binary columns (their tables keep a sha256 column). Read from the database's metadata once
 * per table, for the core's own audit writing on the embedded database. Accounts (schema V024) keep their
 * password hash and sign-in bookkeeping out of the trail, and those without a college (platform
 * administrators) are audited in the platform chain.
 *
 * @param name            the table
 * @param key             its single-column primary key, the audit row id
 * @param college         the column naming the row's college: college_id, or the key of the college table itself
 * @param columns         the audited columns in table order
 * @param platformRows    true when rows may have no college (their chain is {@link Audit#PLATFORM_CHAIN})
 */
record AuditedTable(String name, String key, String college, List<String> columns, boolean platformRows) {
    private static final Set<String> BOOKKEEPING = Set.of("college_id", "created_at", "updated_at", "version");
    /** Never in a payload: secrets, and sign-in state that changes on every sign-in (as V024's triggers). */
    private static final Map<String, Set<String>> NOT_AUDITED = Map.of("app_user",
            Set.of("password_hash", "failed_attempts", "last_failed_at", "locked_until", "last_sign_in_at"));
    private static final Set<Integer> BINARY = Set.of(Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB);
    private static final Map<String, AuditedTable> CACHE = new ConcurrentHashMap<>();

    static AuditedTable of(Connection connection, String table) throws SQLException {
        AuditedTable known = CACHE.get(table);
        if (known == null) {
            known = read(connection, table);
            CACHE.put(table, known);
        }
        return known;
    }

    private static AuditedTable read(Connection connection, String table) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        String stored = meta.storesUpperCaseIdentifiers() ? table.toUpperCase(Locale.ROOT) : table;
        List<String> keys = new ArrayList<>();
        try (ResultSet rs = meta.getPrimaryKeys(null, null, stored)) {
            while (rs.next()) {
                keys.add(rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
            }
        }
        if (keys.size() != 1) {
            throw new IllegalStateException("audited table " + table + " needs a single-column primary key");
        }
        List<String> columns = new ArrayList<>();
        String college = keys.get(0);
        boolean platformRows = false;
        Set<String> notAudited = NOT_AUDITED.getOrDefault(table, Set.of());
        try (ResultSet rs = meta.getColumns(null, null, stored, null)) {
            while (rs.next()) {
                String column = rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT);
                if (column.equals("college_id")) {
                    college = column;
                    platformRows = rs.getInt("NULLABLE") == DatabaseMetaData.columnNullable;
                } else if (!BOOKKEEPING.contains(column) && !column.equals(keys.get(0))
                        && !BINARY.contains(rs.getInt("DATA_TYPE")) && !notAudited.contains(column)) {
                    columns.add(column);
                }
            }
        }
        return new AuditedTable(table, keys.get(0), college, List.copyOf(columns), platformRows);
    }

    /** SQL condition selecting the rows of one chain (one parameter), on the table's alias {@code alias}. */
    String inChain(String alias) {
        String column = alias.isEmpty() ? college : alias + "." + college;
        return platformRows ? "COALESCE(" + column + ", " + Audit.PLATFORM_CHAIN + ") = ?" : column + " = ?";
    }
}
