package org.studenthub.core.security;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.studenthub.core.audit.AuditAction;
import org.studenthub.core.common.ConflictException;
import org.studenthub.core.db.Transactions;
import org.studenthub.core.tenancy.CollegeContext;

/**
 * The caller's college's role-permission matrix ({@code role_permission}): list the roles, show one, and
 * give or take away a permission. Needs {@link Permission#ROLE_MANAGE} college-wide. A role can only
 * hold permissions within its ceiling ({@code role_ceiling}); platform administration is not part of a
 * college's matrix. Changes apply to each user from their next sign-in.
 */
public final class RoleService {
    /** Without these the college could no longer manage its accounts or its matrix. */
    private static final Set<Permission> KEPT_BY_COLLEGE_ADMIN = Set.of(Permission.USER_MANAGE, Permission.ROLE_MANAGE);

    private static final String ROLE_ROWS = "SELECT rc.permission_code, rc.granted_by_default,"
            + " CASE WHEN rp.permission_code IS NULL THEN 0 ELSE 1 END"
            + " FROM role_ceiling rc LEFT JOIN role_permission rp ON rp.college_id = ?"
            + " AND rp.role_code = rc.role_code AND rp.permission_code = rc.permission_code"
            + " WHERE rc.role_code = ? ORDER BY rc.permission_code";

    private final Transactions transactions;

    public RoleService(Transactions transactions) {
        this.transactions = transactions;
    }

    /** Every college role with its permissions in the caller's college. */
    public List<RoleView> list(CollegeContext context) {
        context.requireCollegeWide(Permission.ROLE_MANAGE);
        return transactions.jdbcInCollege(context, c -> {
            List<RoleView> roles = new ArrayList<>();
            for (Role role : collegeRoles()) {
                roles.add(view(c, context.collegeId(), role));
            }
            return roles;
        });
    }

    public RoleView show(CollegeContext context, Role role) {
        context.requireCollegeWide(Permission.ROLE_MANAGE);
        requireCollegeRole(context, role);
        return transactions.jdbcInCollege(context, c -> view(c, context.collegeId(), role));
    }

    /**
     * Gives {@code role} the permission in the caller's college; true when it did not have it yet.
     *
     * @throws OutsideCeilingException when the permission is outside the role's ceiling
     */
    public boolean grantPermission(CollegeContext context, Role role, Permission permission) {
        context.requireCollegeWide(Permission.ROLE_MANAGE);
        requireCollegeRole(context, role);
        return transactions.jdbcInCollege(context, c -> {
            RoleView.RolePermission current = find(c, context.collegeId(), role, permission);
            if (current.granted()) {
                return false;
            }
            try (PreparedStatement s = c.prepareStatement(
                    "INSERT INTO role_permission (college_id, role_code, permission_code) VALUES (?, ?, ?)")) {
                s.setLong(1, context.collegeId());
                s.setString(2, role.code());
                s.setString(3, permission.code());
                s.executeUpdate();
            }
            AccountAudit.of(c, context).rolePermission(AuditAction.INSERT, role, permission);
            return true;
        });
    }

    /** Takes the permission away from {@code role} in the caller's college; true when it had it. */
    public boolean revokePermission(CollegeContext context, Role role, Permission permission) {
        context.requireCollegeWide(Permission.ROLE_MANAGE);
        requireCollegeRole(context, role);
        if (role == Role.COLLEGE_ADMIN && KEPT_BY_COLLEGE_ADMIN.contains(permission)) {
            throw new ConflictException("security.role.keep_admin", role.code(), permission.code());
        }
        return transactions.jdbcInCollege(context, c -> {
            if (!find(c, context.collegeId(), role, permission).granted()) {
                return false;
            }
            try (PreparedStatement s = c.prepareStatement(
                    "DELETE FROM role_permission WHERE college_id = ? AND role_code = ? AND permission_code = ?")) {
                s.setLong(1, context.collegeId());
                s.setString(2, role.code());
                s.setString(3, permission.code());
                s.executeUpdate();
            }
            AccountAudit.of(c, context).rolePermission(AuditAction.DELETE, role, permission);
            return true;
        });
    }

    /**
     * Seeds a new college's matrix from the catalogue (platform-level permissions stay out of colleges) and
     * audits it, in the caller's transaction. Creating a college is what calls it.
     */
    public static void seedDefaults(Connection c, long collegeId, String actor) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO role_permission (college_id, role_code,"
                + " permission_code) SELECT ?, rc.role_code, rc.permission_code FROM role_ceiling rc"
                + " JOIN app_permission p ON p.code = rc.permission_code"
                + " WHERE rc.granted_by_default AND NOT p.platform_level")) {
            s.setLong(1, collegeId);
            s.executeUpdate();
        }
        AccountAudit.of(c, collegeId, actor).seededRolePermissions();
    }

    private static List<Role> collegeRoles() {
        return Arrays.stream(Role.values()).filter(r -> r != Role.PLATFORM_ADMIN).toList();
    }

    private static void requireCollegeRole(CollegeContext context, Role role) {
        if (role == Role.PLATFORM_ADMIN) {
            throw AccessDeniedException.platformRole(context.actor());
        }
    }

    private static RoleView.RolePermission find(Connection c, long collegeId, Role role, Permission permission)
            throws SQLException {
        return view(c, collegeId, role).permissions().stream().filter(p -> p.permission() == permission).findFirst()
                .orElseThrow(() -> new OutsideCeilingException(role, permission));
    }

    private static RoleView view(Connection c, long collegeId, Role role) throws SQLException {
        List<RoleView.RolePermission> permissions = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(ROLE_ROWS)) {
            s.setLong(1, collegeId);
            s.setString(2, role.code());
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    Optional<Permission> permission = Permission.fromCode(rs.getString(1));
                    if (permission.isPresent()) {
                        permissions.add(new RoleView.RolePermission(permission.get(), rs.getInt(3) == 1,
                                rs.getBoolean(2)));
                    }
                }
            }
        }
        return new RoleView(role, role.defaultScope(), permissions);
    }
}
