package org.studenthub.core.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.studenthub.core.tenancy.CollegeContext;

/**
 * The highest id of some tables of a college at one moment; {@link #audit()} audits the rows inserted
 * since, set-based (embedded database only). For bulk writers that do not collect the ids they insert,
 * such as the demo data generator writing a new college.
 */
public final class InsertMark {
    private final Connection connection;
    private final CollegeContext context;
    private final Map<String, Long> highest;

    private InsertMark(Connection connection, CollegeContext context, Map<String, Long> highest) {
        this.connection = connection;
        this.context = context;
        this.highest = highest;
    }

    static InsertMark take(Connection connection, CollegeContext context, boolean embedded, String... tables)
            throws SQLException {
        Map<String, Long> highest = new LinkedHashMap<>();
        if (embedded) {
            for (String table : tables) {
                highest.put(table, highestId(connection, context.collegeId(), AuditedTable.of(connection, table)));
            }
        }
        return new InsertMark(connection, context, highest);
    }

    /** Audits the rows inserted into the marked tables since the mark, one link per table. */
    public void audit() throws SQLException {
        EmbeddedChain chain = new EmbeddedChain(connection, context.collegeId(), context.actor());
        for (Map.Entry<String, Long> table : highest.entrySet()) {
            AuditedTable audited = AuditedTable.of(connection, table.getKey());
            chain.appendRows(audited, AuditAction.INSERT, "t." + audited.key() + " > ?", table.getValue());
        }
    }

    private static long highestId(Connection connection, long collegeId, AuditedTable table) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT COALESCE(MAX(" + table.key() + "), 0)"
                + " FROM " + table.name() + " WHERE " + table.college() + " = ?")) {
            select.setLong(1, collegeId);
            try (ResultSet rs = select.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
