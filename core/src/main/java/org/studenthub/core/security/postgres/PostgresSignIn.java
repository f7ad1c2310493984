package org.studenthub.core.security.postgres;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.studenthub.core.common.StudentHubException;
import org.studenthub.core.security.Access;
import org.studenthub.core.security.Permission;
import org.studenthub.core.security.Scope;
import org.studenthub.core.security.ScopeKind;

/**
 * Signing in, in PostgreSQL mode, is connecting with one's own login: the server checks the password
 * (SCRAM-SHA-256). This class then asks the database who the login is and what it may do, so that the
 * client shows only what the database will allow anyway. It never widens anything: the database keeps
 * enforcing the same rules on every query.
 */
public final class PostgresSignIn {
    private PostgresSignIn() {}

    /**
     * @param dataSource connections signed in as the person
     * @throws StudentHubException {@code security.signin.no_account} when the login has no active account
     */
    public static PostgresPrincipal whoAmI(DataSource dataSource) {
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT user_id, college_id, login, display_name, student_id, teacher_id FROM sh_whoami()");
                 ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new StudentHubException("security.signin.no_account", c.getMetaData().getUserName());
                }
                long userId = rs.getLong(1);
                Long college = (Long) rs.getObject(2);
                String login = rs.getString(3);
                String displayName = rs.getString(4);
                Long student = (Long) rs.getObject(5);
                Long teacher = (Long) rs.getObject(6);
                return new PostgresPrincipal(userId, college, login, displayName,
                        Access.of(scopes(c), student, teacher));
            }
        } catch (SQLException e) {
            throw new StudentHubException("security.signin.failed", e, e.getMessage());
        }
    }

    private static Map<Permission, Set<Scope>> scopes(Connection c) throws SQLException {
        Map<Permission, Set<Scope>> scopes = new EnumMap<>(Permission.class);
        try (PreparedStatement ps = c.prepareStatement("SELECT permission_code, scope_kind, scope_id FROM sh_my_access()");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                Permission permission = Permission.fromCode(rs.getString(1)).orElse(null);
                if (permission != null) {
                    scopes.computeIfAbsent(permission, p -> new HashSet<>())
                            .add(new Scope(ScopeKind.valueOf(rs.getString(2)), rs.getLong(3)));
                }
            }
        }
        return scopes;
    }
}
