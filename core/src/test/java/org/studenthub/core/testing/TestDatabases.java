package org.studenthub.core.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import org.studenthub.core.db.Database;
import org.studenthub.core.db.DatabaseLocation;
import org.studenthub.core.db.PostgresRoles;
import org.studenthub.core.db.PostgresServerSetup;
import org.studenthub.core.db.Vendor;

/**
 * Fresh databases for tests. H2: a new file database in a temporary folder. PostgreSQL: one server
 * per test JVM (embedded binaries unless {@code -Dpg.url=jdbc:postgresql://host:port/db} with
 * {@code -Dpg.user}/{@code -Dpg.password} names another; that login needs CREATEDB), and a new
 * database per test cloned from a migrated template. Failing to get a server fails the test.
 */
public final class TestDatabases {
    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static final String TEMPLATE = "sh_test_template_" + ProcessHandle.current().pid();
    /** Role names of every test database of this JVM (they are clones of one template). */
    public static final PostgresRoles ROLES = new PostgresRoles("sht" + ProcessHandle.current().pid());
    private static PostgresServer server;

    private TestDatabases() {}

    public static TestDatabase fresh(Vendor vendor) {
        return vendor == Vendor.H2 ? freshH2() : freshPostgres();
    }

    public static TestDatabase freshH2() {
        try {
            Path folder = Files.createTempDirectory("studenthub-test-h2-");
            return new TestDatabase(Database.open(DatabaseLocation.embedded(folder)), folder, null);
        } catch (IOException e) {
            throw new IllegalStateException("cannot create a temporary folder for H2", e);
        }
    }

    public static synchronized TestDatabase freshPostgres() {
        PostgresServer pg = server();
        String name = "sh_test_" + ProcessHandle.current().pid() + "_" + COUNTER.incrementAndGet();
        pg.execute("CREATE DATABASE " + name + " TEMPLATE " + TEMPLATE);
        DatabaseLocation location = DatabaseLocation.postgres(pg.urlFor(name), pg.user(), pg.password().toCharArray());
        Database database = Database.open(location);
        return new TestDatabase(database, null, () -> pg.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)"));
    }

    /** The server's administrative login to database {@code name} (for tests that connect as others too). */
    public static DatabaseLocation adminLocation(String name) {
        PostgresServer pg = server();
        return DatabaseLocation.postgres(pg.urlFor(name), pg.user(), pg.password().toCharArray());
    }

    /** The location of {@code name} on the test server, signed in as {@code login} with {@code password}. */
    public static DatabaseLocation loginLocation(String name, String login, char[] password) {
        return DatabaseLocation.postgres(server().urlFor(name), login, password);
    }

    /** The JDBC URL, user and password of a fresh, empty (unmigrated) PostgreSQL database. */
    public static synchronized DatabaseLocation emptyPostgresDatabase() {
        PostgresServer pg = server();
        String name = "sh_empty_" + ProcessHandle.current().pid() + "_" + COUNTER.incrementAndGet();
        pg.execute("CREATE DATABASE " + name);
        return DatabaseLocation.postgres(pg.urlFor(name), pg.user(), pg.password().toCharArray());
    }

    private static PostgresServer server() {
        if (server == null) {
            server = PostgresServer.start();
            server.execute("DROP DATABASE IF EXISTS " + TEMPLATE);
            server.execute("CREATE DATABASE " + TEMPLATE);
            PostgresServerSetup.initialise(DatabaseLocation.postgres(server.urlFor(TEMPLATE), server.user(),
                    server.password().toCharArray()), ROLES);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    server.execute("DROP DATABASE IF EXISTS " + TEMPLATE + " WITH (FORCE)");
                } catch (RuntimeException ignored) {
                    // the server may already be gone
                }
            }));
        }
        return server;
    }

    /** A running PostgreSQL server and an administrative login to it. */
    record PostgresServer(String baseUrl, String user, String password, EmbeddedPostgres embedded) {
        static PostgresServer start() {
            String url = System.getProperty("pg.url", "");
            if (!url.isBlank()) {
                return new PostgresServer(url, System.getProperty("pg.user", "postgres"),
                        System.getProperty("pg.password", ""), null);
            }
            try {
                EmbeddedPostgres pg = EmbeddedPostgres.builder().start();
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        pg.close();
                    } catch (IOException ignored) {
                        // shutting down anyway
                    }
                }));
                return new PostgresServer(pg.getJdbcUrl("postgres", "postgres"), "postgres", "", pg);
            } catch (IOException e) {
                throw new IllegalStateException("PostgreSQL tests need a server: the embedded PostgreSQL did not"
                        + " start (" + e.getMessage() + "). Pass -Dpg.url=jdbc:postgresql://host:port/db to use another.", e);
            }
        }

        String urlFor(String database) {
            int slash = baseUrl.indexOf('/', "jdbc:postgresql://".length());
            int query = baseUrl.indexOf('?', slash);
            // The embedded server's URL names its user; leave credentials to the caller, so that tests can
            // connect as other logins.
            String tail = query < 0 ? "" : baseUrl.substring(query + 1).replaceAll("(^|&)(user|password)=[^&]*", "")
                    .replaceFirst("^&", "");
            return baseUrl.substring(0, slash + 1) + database + (tail.isEmpty() ? "" : "?" + tail);
        }

        void execute(String sql) {
            try (Connection c = DriverManager.getConnection(baseUrl, user, password);
                 Statement s = c.createStatement()) {
                s.execute(sql);
            } catch (SQLException e) {
                throw new IllegalStateException("PostgreSQL test server refused: " + sql + ": " + e.getMessage(), e);
            }
        }
    }
}
