package org.studenthub.core.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.studenthub.core.common.StudentHubException;

/**
 * Prepares an empty PostgreSQL database for StudentHub ({@code studenthub server init}): creates the
 * installation's roles (see {@link PostgresRoles}) if missing, locks the database and schema down to them,
 * and applies the migrations as the owner role. Idempotent: running it again changes nothing but applies
 * new migrations. Needs a login that is SUPERUSER, or has CREATEROLE and owns the database.
 */
public final class PostgresServerSetup {
    private static final Logger LOG = LoggerFactory.getLogger(PostgresServerSetup.class);
    private static final int MIN_SERVER_VERSION = 150000;
    /** The application roles, as in the catalogue (app_role); the migration grants privileges to them. */
    private static final List<String> APPLICATION_ROLES = java.util.Arrays.stream(
            org.studenthub.core.security.Role.values()).map(org.studenthub.core.security.Role::code).toList();

    private PostgresServerSetup() {}

    /**
     * Creates the roles and applies the migrations.
     *
     * @param admin an administrative login to the target database
     * @param roles the role names to use (usually {@link PostgresRoles#forDatabase})
     * @return the number of migrations applied
     */
    public static int initialise(DatabaseLocation admin, PostgresRoles roles) {
        prepareRoles(admin, roles);
        int applied = SchemaMigrator.forPostgres(admin, roles).migrate();
        LOG.info("Initialised {} with role prefix {} ({} migrations applied)", admin, roles.prefix(), applied);
        return applied;
    }

    /** The first half of {@link #initialise}: roles and privileges, without migrating. */
    public static void prepareRoles(DatabaseLocation admin, PostgresRoles roles) {
        try (Database database = Database.connect(admin)) {
            if (database.vendor() != Vendor.POSTGRESQL) {
                throw new IllegalArgumentException("server init is for PostgreSQL databases");
            }
            try (Connection c = database.dataSource().getConnection()) {
                c.setAutoCommit(false);
                checkServer(c);
                String recorded = recordedPrefix(c);
                if (recorded != null && !recorded.equals(roles.prefix())) {
                    throw new StudentHubException("db.server.prefix_differs", recorded, roles.prefix());
                }
                createRoles(c, roles);
                lockDown(c, roles);
                c.commit();
            } catch (SQLException e) {
                throw new StudentHubException("db.server.init_failed", e, admin.toString(), e.getMessage());
            }
        }
    }

    /**
     * Creates the first platform administrator (a login that can create colleges and their first
     * administrators, and by default reads no college's records). Does nothing if the login exists.
     *
     * @return true when the login was created
     */
    public static boolean createPlatformAdmin(DatabaseLocation admin, PostgresRoles roles, String login,
                                              String displayName, char[] password) {
        String role = roles.login(login);
        try (Database database = Database.connect(admin);
             Connection c = database.dataSource().getConnection()) {
            if (roleExists(c, role)) {
                java.util.Arrays.fill(password, '\0');
                return false;
            }
            c.setAutoCommit(false);
            execute(c, "SET ROLE " + q(roles.owner()));
            long userId;
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO app_user (college_id, login, db_role, display_name)"
                    + " VALUES (NULL, ?, ?, ?) RETURNING id")) {
                ps.setString(1, login);
                ps.setString(2, role);
                ps.setString(3, displayName);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    userId = rs.getLong(1);
                }
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO user_grant (college_id, user_id, role_code,"
                    + " scope_kind, scope_id) VALUES (NULL, ?, 'platform_admin', 'PLATFORM', 0)")) {
                ps.setLong(1, userId);
                ps.executeUpdate();
            }
            execute(c, "RESET ROLE");
            String verifier = org.postgresql.util.PasswordUtil.encodeScramSha256(password);
            execute(c, "CREATE ROLE " + q(role) + " WITH LOGIN INHERIT NOSUPERUSER NOCREATEDB NOCREATEROLE"
                    + " NOREPLICATION NOBYPASSRLS PASSWORD '" + verifier.replace("'", "''") + "'");
            execute(c, "GRANT " + q(roles.group("platform_admin")) + " TO " + q(role));
            c.commit();
            return true;
        } catch (SQLException e) {
            throw new StudentHubException("db.server.init_failed", e, admin.toString(), e.getMessage());
        } finally {
            java.util.Arrays.fill(password, '\0');
        }
    }

    /**
     * True when the connections' login is an installation administrator (a superuser, as for {@code server
     * init}) rather than a person: it has no StudentHub account, and may do what no person may (the demo
     * creates database logins, for example).
     */
    public static boolean isInstallationAdministrator(DataSource dataSource) {
        try (Connection c = dataSource.getConnection();
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT rolsuper FROM pg_catalog.pg_roles WHERE rolname = session_user")) {
            return rs.next() && rs.getBoolean(1);
        } catch (SQLException e) {
            throw new StudentHubException("db.connect.failed", e, "?", e.getMessage());
        }
    }

    /** True when {@code server init} has created this installation's owner role. */
    static boolean isInitialised(DataSource dataSource, PostgresRoles roles) {
        try (Connection c = dataSource.getConnection()) {
            return roleExists(c, roles.owner());
        } catch (SQLException e) {
            throw new StudentHubException("db.connect.failed", e, "?", e.getMessage());
        }
    }

    static PostgresRoles rolesOf(DataSource dataSource) {
        try (Connection c = dataSource.getConnection()) {
            String prefix = recordedPrefix(c);
            if (prefix != null) {
                return new PostgresRoles(prefix);
            }
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT current_database()")) {
                rs.next();
                return PostgresRoles.forDatabase(rs.getString(1));
            }
        } catch (SQLException e) {
            throw new StudentHubException("db.connect.failed", e, "?", e.getMessage());
        }
    }

    private static String recordedPrefix(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT to_regclass('public.sh_installation') IS NOT NULL")) {
            rs.next();
            if (!rs.getBoolean(1)) {
                return null;
            }
        }
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT role_prefix FROM public.sh_installation WHERE id = 1")) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    private static void checkServer(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT current_setting('server_version_num')::int")) {
            rs.next();
            if (rs.getInt(1) < MIN_SERVER_VERSION) {
                throw new StudentHubException("db.server.too_old", rs.getInt(1) / 10000);
            }
        }
    }

    private static void createRoles(Connection c, PostgresRoles roles) throws SQLException {
        createRole(c, roles.owner(), "NOLOGIN NOINHERIT");
        createRole(c, roles.policy(), "NOLOGIN NOINHERIT");
        createRole(c, roles.userManager(), "NOLOGIN NOINHERIT CREATEROLE");
        // The sign-in gate: a login whose password is public by design (it may only report failed sign-ins
        // and ask how long to wait); see V013 and docs/security.md.
        createRole(c, roles.gate(), "LOGIN NOINHERIT CONNECTION LIMIT 50 PASSWORD '"
                + org.postgresql.util.PasswordUtil.encodeScramSha256(PostgresRoles.GATE_PASSWORD.toCharArray()) + "'");
        List<String> groups = new ArrayList<>();
        for (String role : APPLICATION_ROLES) {
            createRole(c, roles.group(role), "NOLOGIN NOINHERIT");
            groups.add(roles.group(role));
        }
        // The owner creates the policy and user-management functions and hands them over.
        execute(c, "GRANT " + q(roles.policy()) + ", " + q(roles.userManager()) + " TO " + q(roles.owner()));
        // The administrator running migrations becomes the owner role for them (SET ROLE).
        execute(c, "GRANT " + q(roles.owner()) + " TO CURRENT_USER");
        if (serverVersion(c) >= 160000) {
            // PostgreSQL 16+: granting a group role needs ADMIN OPTION on it (without using its privileges).
            for (String group : groups) {
                execute(c, "GRANT " + q(group) + " TO " + q(roles.userManager())
                        + " WITH ADMIN TRUE, INHERIT FALSE, SET FALSE");
            }
        }
    }

    private static void lockDown(Connection c, PostgresRoles roles) throws SQLException {
        String db = currentDatabase(c);
        execute(c, "REVOKE ALL ON DATABASE " + q(db) + " FROM PUBLIC");
        execute(c, "GRANT CONNECT, CREATE, TEMPORARY ON DATABASE " + q(db) + " TO " + q(roles.owner()));
        execute(c, "REVOKE ALL ON SCHEMA public FROM PUBLIC");
        execute(c, "GRANT USAGE, CREATE ON SCHEMA public TO " + q(roles.owner()));
        // The policy and user-management roles own functions, which needs CREATE on their schema.
        execute(c, "GRANT USAGE, CREATE ON SCHEMA public TO " + q(roles.policy()) + ", " + q(roles.userManager()));
        execute(c, "GRANT CONNECT ON DATABASE " + q(db) + " TO " + q(roles.gate()));
        execute(c, "GRANT USAGE ON SCHEMA public TO " + q(roles.gate()));
        for (String role : APPLICATION_ROLES) {
            execute(c, "GRANT CONNECT, TEMPORARY ON DATABASE " + q(db) + " TO " + q(roles.group(role)));
            execute(c, "GRANT USAGE ON SCHEMA public TO " + q(roles.group(role)));
        }
    }

    private static void createRole(Connection c, String name, String options) throws SQLException {
        if (!roleExists(c, name)) {
            execute(c, "CREATE ROLE " + q(name) + " " + options);
        }
    }

    static boolean roleExists(Connection c, String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = ?")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    private static int serverVersion(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT current_setting('server_version_num')::int")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static String currentDatabase(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT current_database()")) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static void execute(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static String q(String identifier) {
        return PostgresRoles.quote(identifier);
    }
}
