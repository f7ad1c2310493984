package org.studenthub.core.audit;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.studenthub.core.db.Vendor;
import org.studenthub.core.tenancy.CollegeContext;
import org.studenthub.core.testing.TestDatabase;

/** Reading a college's audit rows and tampering with them as someone with direct access to the tables. */
final class AuditFixtures {
    private AuditFixtures() {}

    /** The college's audit rows, oldest first. */
    static List<AuditEventView> rows(TestDatabase db, CollegeContext college) {
        List<AuditEventView> rows = new ArrayList<>(new AuditTrail(db.transactions())
                .show(college, new AuditQuery(null, null, AuditQuery.MAX_LIMIT)));
        java.util.Collections.reverse(rows);
        return rows;
    }

    static AuditVerification verify(TestDatabase db, CollegeContext college) {
        return new AuditTrail(db.transactions()).verify(college);
    }

    /**
     * Runs statements as the owner of the tables, in one transaction. On PostgreSQL the guard trigger that
     * refuses changes to audit rows is switched off meanwhile, as an owner could.
     */
    static void tamper(TestDatabase db, String... statements) {
        boolean postgres = db.vendor() == Vendor.POSTGRESQL;
        try (Connection connection = db.database().dataSource().getConnection();
             Statement statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            if (postgres) {
                statement.execute("ALTER TABLE audit_event DISABLE TRIGGER audit_event_guard");
                statement.execute("ALTER TABLE audit_chain_head DISABLE TRIGGER audit_chain_head_guard");
            }
            for (String sql : statements) {
                statement.execute(sql);
            }
            if (postgres) {
                statement.execute("ALTER TABLE audit_event ENABLE TRIGGER audit_event_guard");
                statement.execute("ALTER TABLE audit_chain_head ENABLE TRIGGER audit_chain_head_guard");
            }
            connection.commit();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static long count(TestDatabase db, String sql) {
        try (Connection connection = db.database().dataSource().getConnection();
             Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
