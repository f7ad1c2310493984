package org.studenthub.core.security.postgres;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Properties;
import org.studenthub.core.db.PostgresRoles;

/**
 * The client side of sign-in throttling in PostgreSQL mode (schema V013): before trying a password the
 * client asks the gate how long this login must wait from this machine, and after a failure it reports it.
 * The gate login can do nothing else.
 */
public final class SignInGate {
    private final String jdbcUrl;
    private final PostgresRoles roles;

    public SignInGate(String jdbcUrl, PostgresRoles roles) {
        this.jdbcUrl = jdbcUrl;
        this.roles = roles;
    }

    /** Seconds to wait before {@code databaseLogin} may be tried again from here; 0 when free. */
    public int secondsToWait(String databaseLogin) throws SQLException {
        return call("SELECT sh_signin_wait(?)", databaseLogin);
    }

    /** Reports one failed try; returns the seconds to wait before the next. */
    public int failed(String databaseLogin) throws SQLException {
        return call("SELECT sh_signin_failed(?)", databaseLogin);
    }

    /** Clears the person's counters once they are signed in, on their own connection. */
    public static void succeeded(Connection signedIn) throws SQLException {
        try (PreparedStatement ps = signedIn.prepareStatement("SELECT sh_signin_succeeded()")) {
            ps.execute();
        }
    }

    private int call(String sql, String login) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", roles.gate());
        properties.setProperty("password", PostgresRoles.GATE_PASSWORD);
        properties.setProperty("ApplicationName", "StudentHub sign-in");
        try (Connection c = DriverManager.getConnection(jdbcUrl, properties);
             PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, login);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }
}
