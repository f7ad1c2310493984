package org.studenthub.core.db;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Properties;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Connections to a PostgreSQL database as {@code location}'s login, each switched to the installation's owner
 * role ({@code SET ROLE}) before anyone gets it, so every object a migration creates belongs to the owner and
 * never to a login. The login must be a member of the owner role. Used for migrations only, never pooled.
 */
final class OwnerRoleDataSource implements DataSource {
    private final DatabaseLocation location;
    private final String setRole;
    private int loginTimeoutSeconds;

    OwnerRoleDataSource(DatabaseLocation location, PostgresRoles roles) {
        this.location = location;
        this.setRole = "SET ROLE " + PostgresRoles.quote(roles.owner());
    }

    @Override
    public Connection getConnection() throws SQLException {
        char[] password = location.password();
        Properties properties = new Properties();
        properties.setProperty("user", location.user());
        properties.setProperty("password", new String(password));
        Arrays.fill(password, '\0');
        Connection connection = DriverManager.getConnection(location.jdbcUrl(), properties);
        try (Statement statement = connection.createStatement()) {
            statement.execute(setRole);
            return connection;
        } catch (SQLException e) {
            connection.close();
            throw e;
        }
    }

    @Override
    public Connection getConnection(String user, String password) throws SQLException {
        throw new SQLFeatureNotSupportedException("the owner role's connections use the location's login");
    }

    @Override
    public PrintWriter getLogWriter() {
        return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        // nothing is logged through a writer
    }

    @Override
    public void setLoginTimeout(int seconds) {
        this.loginTimeoutSeconds = seconds;
    }

    @Override
    public int getLoginTimeout() {
        return loginTimeoutSeconds;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException("StudentHub logs through SLF4J");
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        throw new SQLException("not a wrapper for " + type.getName());
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
        return type.isInstance(this);
    }
}
