package org.studenthub.core.demo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.postgresql.util.PasswordUtil;
import org.studenthub.core.db.PostgresRoles;
import org.studenthub.core.security.Role;

/**
 * How demo accounts sign in with the published password {@link DemoAccounts#PASSWORD}: on the embedded
 * database with an Argon2id hash in {@code app_user}; on PostgreSQL as their own database login
 * ({@code registrar.demo@<prefix>}), member of the group role of their role, exactly like a person an
 * administrator creates (docs/security.md). One hash or SCRAM verifier serves every account: the password is
 * published, so a salt per account would protect nothing. Creating logins needs the installation
 * administrator (the login that ran {@code server init}).
 */
final class DemoSignIns {
    private final String passwordHash;
    private final PostgresRoles roles;
    private final String verifier;

    private DemoSignIns(String passwordHash, PostgresRoles roles, String verifier) {
        this.passwordHash = passwordHash;
        this.roles = roles;
        this.verifier = verifier;
    }

    static DemoSignIns embedded(String passwordHash) {
        return new DemoSignIns(passwordHash, null, null);
    }

    static DemoSignIns postgres(PostgresRoles roles) {
        return new DemoSignIns(null, roles, PasswordUtil.encodeScramSha256(DemoAccounts.PASSWORD.toCharArray()));
    }

    /** The Argon2id hash for {@code app_user.password_hash} (embedded), or null (PostgreSQL). */
    String passwordHash() {
        return passwordHash;
    }

    /** The database login of {@code login} for {@code app_user.db_role} (PostgreSQL), or null (embedded). */
    String dbRole(String login) {
        return roles == null ? null : roles.login(login);
    }

    /**
     * On PostgreSQL, makes {@code login} a database login with the demo password, member of {@code role}'s
     * group role. Roles are cluster-wide and outlive a database, so a login an earlier demo of this installation
     * left behind (its college removed, no account in this database any more) is taken over.
     */
    void enable(Connection connection, String login, Role role) throws SQLException {
        if (roles == null) {
            return;
        }
        String name = PostgresRoles.quote(roles.login(login));
        String password = " PASSWORD '" + verifier.replace("'", "''") + "'";
        execute(connection, exists(connection, roles.login(login))
                ? "ALTER ROLE " + name + " WITH LOGIN" + password
                : "CREATE ROLE " + name + " WITH LOGIN INHERIT NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION"
                        + " NOBYPASSRLS CONNECTION LIMIT 20" + password);
        execute(connection, "GRANT " + PostgresRoles.quote(roles.group(role.code())) + " TO " + name);
    }

    /**
     * Drops the database logins of a college's accounts (PostgreSQL), before a failed demo run removes the
     * college and its accounts: roles would outlive them.
     */
    static void dropLogins(Connection connection, long collegeId) throws SQLException {
        List<String> logins = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT db_role FROM app_user WHERE college_id = ? AND db_role IS NOT NULL")) {
            select.setLong(1, collegeId);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    logins.add(rs.getString(1));
                }
            }
        }
        for (String login : logins) {
            execute(connection, "DROP ROLE IF EXISTS " + PostgresRoles.quote(login));
        }
    }

    private static boolean exists(Connection connection, String role) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = ?")) {
            select.setString(1, role);
            try (ResultSet rs = select.executeQuery()) {
                return rs.next();
            }
        }
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
