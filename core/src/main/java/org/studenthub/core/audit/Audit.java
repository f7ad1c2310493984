package org.studenthub.core.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hibernate.Session;
import org.studenthub.core.db.Vendor;
import org.studenthub.core.tenancy.CollegeContext;

/**
 * Where the core's write and read paths tell the audit trail what they did, in the caller's transaction.
 * On PostgreSQL, triggers audit every insert, update and delete by themselves, so the change methods here do
 * nothing there; views and exports are recorded on both databases. On the embedded database the core is the
 * auditor: Hibernate changes through {@link AuditListener}, JDBC writes through these methods (bulk writes
 * set-based, so a large import stays fast).
 */
public final class Audit {
    /** Ids audited by one set-based statement of {@link #insertedRows}. */
    private static final int IDS_PER_LINK = 50_000;

    /**
     * The chain of rows that belong to no college: accounts of platform administrators (ADR 0008). College
     * ids start at 1, so no college uses it.
     */
    public static final long PLATFORM_CHAIN = 0;

    private Audit() {}

    /** Records that the caller saw one record in full (for example a student's profile). */
    public static void viewed(Session session, CollegeContext context, String table, long rowId) {
        session.doWork(connection -> record(connection, context, AuditAction.VIEW, table, rowId, "{}"));
    }

    /** {@link #viewed(Session, CollegeContext, String, long)} for JDBC work in the caller's transaction. */
    public static void viewed(Connection connection, CollegeContext context, String table, long rowId)
            throws SQLException {
        record(connection, context, AuditAction.VIEW, table, rowId, "{}");
    }

    /** Records that {@code rows} rows of {@code table} left the database in the file {@code fileName}. */
    public static void exported(Connection connection, CollegeContext context, String table, long rows,
                                String fileName) throws SQLException {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("rows", rows);
        details.put("file", fileName);
        record(connection, context, AuditAction.EXPORT, table, null, AuditJson.object(details));
    }

    /** Audits changes described in Java (embedded database only; one link). */
    public static void changed(Connection connection, CollegeContext context, List<AuditEntry> entries)
            throws SQLException {
        changed(connection, context.collegeId(), context.actor(), entries);
    }

    /** Audits changes described in Java in chain {@code chain} (a college, or {@link #PLATFORM_CHAIN}). */
    public static void changed(Connection connection, long chain, String actor, List<AuditEntry> entries)
            throws SQLException {
        if (embedded(connection) && !entries.isEmpty()) {
            new EmbeddedChain(connection, chain, actor).append(entries);
        }
    }

    /**
     * Audits, set-based, the rows of {@code table} with these ids that the caller has just inserted
     * (embedded database only). The one call bulk writers make after inserting.
     */
    public static void insertedRows(Connection connection, CollegeContext context, String table, long[] ids)
            throws SQLException {
        insertedRows(connection, context.collegeId(), context.actor(), table, ids);
    }

    /** {@link #insertedRows(Connection, CollegeContext, String, long[])} in chain {@code chain}. */
    public static void insertedRows(Connection connection, long chain, String actor, String table, long[] ids)
            throws SQLException {
        if (ids.length > 0 && embedded(connection)) {
            EmbeddedChain links = new EmbeddedChain(connection, chain, actor);
            AuditedTable audited = AuditedTable.of(connection, table);
            // H2 binds an array of at most 65,536 elements: one link per slice
            for (int from = 0; from < ids.length; from += IDS_PER_LINK) {
                links.appendInserted(audited, Arrays.copyOfRange(ids, from, Math.min(ids.length, from + IDS_PER_LINK)));
            }
        }
    }

    /**
     * Notes the highest id of each table now, so that {@link InsertMark#audit()} later audits, set-based, the
     * rows the caller inserted into the college in between (embedded database only).
     */
    public static InsertMark markInserts(Connection connection, CollegeContext context, String... tables)
            throws SQLException {
        return InsertMark.take(connection, context, embedded(connection), tables);
    }

    /** Audits, set-based, the deletion of every row of {@code table} in the college: call it before deleting. */
    public static void deletingAll(Connection connection, CollegeContext context, String table) throws SQLException {
        if (embedded(connection)) {
            new EmbeddedChain(connection, context.collegeId(), context.actor())
                    .appendRows(AuditedTable.of(connection, table), AuditAction.DELETE, "TRUE", null);
        }
    }

    /**
     * Starts auditing a JDBC write of one row: call {@link RowChange#record()} after the write. The entry is
     * an insert, an update of the changed columns or a delete, by how the row looked before and after.
     */
    public static RowChange row(Connection connection, CollegeContext context, String table, long rowId)
            throws SQLException {
        return row(connection, context.collegeId(), context.actor(), table, rowId);
    }

    /** {@link #row(Connection, CollegeContext, String, long)} for a row of chain {@code chain}. */
    public static RowChange row(Connection connection, long chain, String actor, String table, long rowId)
            throws SQLException {
        if (!embedded(connection)) {
            return RowChange.NONE;
        }
        AuditedTable audited = AuditedTable.of(connection, table);
        Optional<Map<String, Object>> before = RowImage.read(connection, audited, chain, rowId);
        return () -> {
            Optional<Map<String, Object>> after = RowImage.read(connection, audited, chain, rowId);
            Optional<AuditEntry> entry = entry(table, rowId, before, after);
            if (entry.isPresent()) {
                changed(connection, chain, actor, List.of(entry.get()));
            }
        };
    }

    private static void record(Connection connection, CollegeContext context, AuditAction action, String table,
                               Long rowId, String details) throws SQLException {
        if (embedded(connection)) {
            new EmbeddedChain(connection, context.collegeId(), context.actor())
                    .append(List.of(new AuditEntry(table, rowId, action, details)));
            return;
        }
        try (PreparedStatement call = connection.prepareStatement("SELECT audit_record(?, ?, ?, ?, ?)")) {
            call.setLong(1, context.collegeId());
            call.setString(2, action.name());
            call.setString(3, table);
            call.setObject(4, rowId, java.sql.Types.BIGINT);
            call.setString(5, details);
            call.execute();
        }
    }

    static boolean embedded(Connection connection) throws SQLException {
        return Vendor.fromProductName(connection.getMetaData().getDatabaseProductName()) == Vendor.H2;
    }

    private static Optional<AuditEntry> entry(String table, long rowId, Optional<Map<String, Object>> before,
                                              Optional<Map<String, Object>> after) {
        if (before.isEmpty() && after.isPresent()) {
            return Optional.of(new AuditEntry(table, rowId, AuditAction.INSERT, AuditJson.inserted(after.get())));
        }
        if (before.isPresent() && after.isEmpty()) {
            return Optional.of(new AuditEntry(table, rowId, AuditAction.DELETE, AuditJson.deleted(before.get())));
        }
        if (before.isPresent()) {
            return AuditJson.updated(before.get(), after.get())
                    .map(changes -> new AuditEntry(table, rowId, AuditAction.UPDATE, changes));
        }
        return Optional.empty();
    }

    /** The audit of one JDBC row write in progress. */
    @FunctionalInterface
    public interface RowChange {
        RowChange NONE = () -> { };

        /** Audits the write, now that it is done. */
        void record() throws SQLException;
    }
}
