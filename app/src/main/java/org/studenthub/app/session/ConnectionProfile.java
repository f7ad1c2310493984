package org.studenthub.app.session;

import java.nio.file.Path;
import java.util.Objects;
import org.studenthub.core.db.DatabaseLocation;

/**
 * Where the client's data lives: this computer only (an embedded database in a folder) or the college's
 * PostgreSQL server (host, port, database). The person's login and password are not part of it.
 */
public record ConnectionProfile(Kind kind, Path folder, String host, int port, String database) {
    public enum Kind { EMBEDDED, SERVER }

    public static final int DEFAULT_PORT = 5432;

    public ConnectionProfile {
        Objects.requireNonNull(kind, "kind");
    }

    public static ConnectionProfile embedded(Path folder) {
        return new ConnectionProfile(Kind.EMBEDDED, folder, null, 0, null);
    }

    public static ConnectionProfile server(String host, int port, String database) {
        return new ConnectionProfile(Kind.SERVER, null, host, port, database);
    }

    public boolean embedded() {
        return kind == Kind.EMBEDDED;
    }

    /** The JDBC URL of a server profile; TLS is used when the server offers it. */
    public String jdbcUrl() {
        return "jdbc:postgresql://" + host + ":" + port + "/" + database + "?sslmode=prefer&connectTimeout=5";
    }

    DatabaseLocation location(String login, char[] password) {
        return embedded() ? DatabaseLocation.embedded(folder) : DatabaseLocation.postgres(jdbcUrl(), login, password);
    }

    /** How the profile reads in the sign-in window and the header. */
    public String describe() {
        return embedded() ? folder.toString() : host + ":" + port + "/" + database;
    }
}
