package org.studenthub.core.security;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.studenthub.core.audit.Audit;
import org.studenthub.core.audit.AuditAction;
import org.studenthub.core.audit.AuditEntry;
import org.studenthub.core.audit.AuditJson;
import org.studenthub.core.tenancy.CollegeContext;

/**
 * Audits changes of accounts, grants and role permissions on the embedded database, as PostgreSQL's triggers
 * (schema V024) do there, in the chain of the account's college, or the platform chain for accounts without
 * one. The password hash and sign-in bookkeeping never reach the trail; a reset shows as password_changed_at.
 * On PostgreSQL every method here does nothing.
 */
final class AccountAudit {
    private final Connection connection;
    private final long chain;
    private final String actor;

    private AccountAudit(Connection connection, Long collegeId, String actor) {
        this.connection = connection;
        this.chain = collegeId == null ? Audit.PLATFORM_CHAIN : collegeId;
        this.actor = actor;
    }

    /** Auditing {@code actor}'s changes of accounts of college {@code collegeId} (null: platform accounts). */
    static AccountAudit of(Connection connection, Long collegeId, String actor) {
        return new AccountAudit(connection, collegeId, actor);
    }

    static AccountAudit of(Connection connection, CollegeContext context) {
        return new AccountAudit(connection, context.collegeId(), context.actor());
    }

    /** The account just inserted. */
    void created(long userId) throws SQLException {
        Audit.insertedRows(connection, chain, actor, "app_user", new long[] {userId});
    }

    /** The grant just inserted, if one was. */
    void granted(OptionalLong grantId) throws SQLException {
        if (grantId.isPresent()) {
            Audit.insertedRows(connection, chain, actor, "user_grant", new long[] {grantId.getAsLong()});
        }
    }

    /** Starts auditing a change of the account; call {@link Audit.RowChange#record()} after it. */
    Audit.RowChange account(long userId) throws SQLException {
        return Audit.row(connection, chain, actor, "app_user", userId);
    }

    /** Starts auditing the removal of a grant; call {@link Audit.RowChange#record()} after it. */
    Audit.RowChange grant(long grantId) throws SQLException {
        return Audit.row(connection, chain, actor, "user_grant", grantId);
    }

    /** A permission given to ({@code INSERT}) or taken from ({@code DELETE}) a role of the college's matrix. */
    void rolePermission(AuditAction action, Role role, Permission permission) throws SQLException {
        Audit.changed(connection, chain, actor, List.of(rolePermissionEntry(action, role.code(), permission.code())));
    }

    /** The default matrix just seeded for a new college, one entry per role and permission. */
    void seededRolePermissions() throws SQLException {
        List<AuditEntry> entries = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT role_code, permission_code"
                + " FROM role_permission WHERE college_id = ? ORDER BY role_code, permission_code")) {
            select.setLong(1, chain);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    entries.add(rolePermissionEntry(AuditAction.INSERT, rs.getString(1), rs.getString(2)));
                }
            }
        }
        Audit.changed(connection, chain, actor, entries);
    }

    private static AuditEntry rolePermissionEntry(AuditAction action, String role, String permission) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("role_code", role);
        row.put("permission_code", permission);
        return new AuditEntry("role_permission", null, action,
                action == AuditAction.DELETE ? AuditJson.deleted(row) : AuditJson.inserted(row));
    }
}
