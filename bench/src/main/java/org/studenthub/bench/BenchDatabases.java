package org.studenthub.bench;

import org.studenthub.core.db.PostgresRoles;
import org.studenthub.core.db.PostgresServerSetup;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import org.studenthub.core.db.DatabaseLocation;
import org.studenthub.core.db.Vendor;

/**
 * Fresh empty databases for benchmarks: H2 folders under a scratch directory and databases on one
 * PostgreSQL server (embedded binaries, or {@code --pg-url URL --pg-user U --pg-password P}).
 */
public final class BenchDatabases implements AutoCloseable {
    private final Path scratch;
    private final EmbeddedPostgres embedded;
    private final String pgUrl;
    private final String pgUser;
    private final String pgPassword;
    private final AtomicInteger counter = new AtomicInteger();

    public BenchDatabases(Path scratch, String pgUrl, String pgUser, String pgPassword) throws IOException {
        this.scratch = Files.createDirectories(scratch);
        if (pgUrl == null) {
            this.embedded = EmbeddedPostgres.builder()
                    .setServerConfig("shared_buffers", "512MB")
                    .setServerConfig("max_wal_size", "4GB")
                    .setServerConfig("synchronous_commit", "on")
                    .start();
            this.pgUrl = embedded.getJdbcUrl("postgres", "postgres");
            this.pgUser = "postgres";
            this.pgPassword = "";
        } else {
            this.embedded = null;
            this.pgUrl = pgUrl;
            this.pgUser = pgUser;
            this.pgPassword = pgPassword;
        }
    }

    public DatabaseLocation fresh(Vendor vendor) throws IOException, SQLException {
        String name = "bench_" + ProcessHandle.current().pid() + "_" + counter.incrementAndGet();
        if (vendor == Vendor.H2) {
            return DatabaseLocation.embedded(Files.createDirectories(scratch.resolve(name)));
        }
        try (Connection c = DriverManager.getConnection(pgUrl, pgUser, pgPassword); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        }
        DatabaseLocation location = DatabaseLocation.postgres(urlFor(name), pgUser, pgPassword.toCharArray());
        // As "studenthub server init" does before migrating: the installation's roles (one set per database here).
        PostgresServerSetup.prepareRoles(location, PostgresRoles.forDatabase(name));
        return location;
    }

    private String urlFor(String database) {
        int slash = pgUrl.indexOf('/', "jdbc:postgresql://".length());
        int query = pgUrl.indexOf('?', slash);
        return pgUrl.substring(0, slash + 1) + database + (query < 0 ? "" : pgUrl.substring(query));
    }

    @Override
    public void close() throws IOException {
        if (embedded != null) {
            embedded.close();
        }
    }
}
