package org.studenthub.core.security;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns a user's grants into what they may do. Each grant (role, scope) brings every permission the
 * role holds in the user's college (its row of {@code role_permission}); for platform grants, the
 * permissions the role holds by default ({@code role_ceiling}). The mapping from such rows to
 * {@link Access} is the same in both modes; only where the rows come from differs.
 */
public final class AccessResolver {
    private static final Logger LOG = LoggerFactory.getLogger(AccessResolver.class);

    private static final String COLLEGE_ROWS = "SELECT g.role_code, g.scope_kind, g.scope_id, rp.permission_code"
            + " FROM user_grant g JOIN role_permission rp"
            + " ON rp.college_id = g.college_id AND rp.role_code = g.role_code"
            + " WHERE g.user_id = ?";
    private static final String PLATFORM_ROWS = "SELECT g.role_code, g.scope_kind, g.scope_id, rc.permission_code"
            + " FROM user_grant g JOIN role_ceiling rc ON rc.role_code = g.role_code AND rc.granted_by_default"
            + " WHERE g.user_id = ? AND g.college_id IS NULL";

    private AccessResolver() {}

    /** One permission reaching a user through one grant. */
    public record GrantedPermission(Role role, Scope scope, Permission permission) {}

    /**
     * The college-level access these rows give. Rows at {@link ScopeKind#PLATFORM} are left out (see
     * {@link #platformPermissions}).
     */
    public static Access toAccess(Collection<GrantedPermission> rows, Long studentId, Long teacherId) {
        Map<Permission, Set<Scope>> scopes = new EnumMap<>(Permission.class);
        for (GrantedPermission row : rows) {
            if (row.scope().kind() != ScopeKind.PLATFORM) {
                scopes.computeIfAbsent(row.permission(), p -> new HashSet<>()).add(row.scope());
            }
        }
        return Access.of(scopes, studentId, teacherId);
    }

    /** The platform-level permissions these rows give (grants at scope PLATFORM). */
    public static Set<Permission> platformPermissions(Collection<GrantedPermission> rows) {
        Set<Permission> permissions = EnumSet.noneOf(Permission.class);
        rows.stream().filter(row -> row.scope().kind() == ScopeKind.PLATFORM)
                .forEach(row -> permissions.add(row.permission()));
        return permissions;
    }

    /** The rows of one user as the embedded schema holds them: college grants and platform grants. */
    static List<GrantedPermission> load(Connection connection, long userId) throws SQLException {
        List<GrantedPermission> rows = new ArrayList<>();
        read(connection, COLLEGE_ROWS, userId, rows);
        read(connection, PLATFORM_ROWS, userId, rows);
        return rows;
    }

    private static void read(Connection connection, String sql, long userId, List<GrantedPermission> rows)
            throws SQLException {
        try (PreparedStatement s = connection.prepareStatement(sql)) {
            s.setLong(1, userId);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    Optional<Role> role = Role.fromCode(rs.getString(1));
                    Optional<Permission> permission = Permission.fromCode(rs.getString(4));
                    if (role.isEmpty() || permission.isEmpty()) {
                        LOG.warn("Ignoring grant row with unknown role {} or permission {}", rs.getString(1),
                                rs.getString(4));
                        continue;
                    }
                    Scope scope = new Scope(ScopeKind.valueOf(rs.getString(2)), rs.getLong(3));
                    rows.add(new GrantedPermission(role.get(), scope, permission.get()));
                }
            }
        }
    }
}
