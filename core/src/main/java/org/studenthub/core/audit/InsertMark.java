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
        // Ordered by the (college, id) index both ways round, the embedded database reads one index entry; MAX()
        // with the college condition would read every row of the college.
        try (PreparedStatement select = connection.prepareStatement("SELECT " + table.key() + " FROM " + table.name()
                + " WHERE " + table.college() + " = ? ORDER BY " + table.college() + " DESC, " + table.key()
                + " DESC FETCH FIRST 1 ROWS ONLY")) {
            select.setLong(1, collegeId);
            try (ResultSet rs = select.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        }
    }
}
