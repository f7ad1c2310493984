package org.studenthub.core.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import javax.sql.DataSource;
import org.hibernate.SessionFactory;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.BootstrapServiceRegistryBuilder;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.cfg.AvailableSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.studenthub.core.audit.AuditListener;
import org.studenthub.core.audit.ThisComputer;
import org.studenthub.core.common.StudentHubException;
import org.studenthub.core.tenancy.CollegeTenantResolver;

/**
 * An open StudentHub database: the connection pool (HikariCP), the vendor, the schema migrator
 * and the Hibernate session factory (schema validated, never generated). Close it when done.
 */
public final class Database implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Database.class);

    private final DatabaseLocation location;
    private final HikariDataSource dataSource;
    private final Vendor vendor;
    private SessionFactory sessionFactory;

    private Database(DatabaseLocation location, HikariDataSource dataSource, Vendor vendor) {
        this.location = location;
        this.dataSource = dataSource;
        this.vendor = vendor;
    }

    /**
     * Connects without touching the schema. Use {@link #migrate()} and then {@link #transactions()}.
     *
     * @throws StudentHubException with key {@code db.connect.failed} when the database cannot be reached
     */
    public static Database connect(DatabaseLocation location) {
        if (location.isEmbedded()) {
            createFolder(location.folder());
        }
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(location.jdbcUrl());
        config.setUsername(location.user());
        char[] password = location.password();
        config.setPassword(new String(password));
        Arrays.fill(password, '\0');
        config.setPoolName("studenthub-db");
        config.setMaximumPoolSize(location.isEmbedded() ? 4 : 8);
        config.setMinimumIdle(1);
        config.setConnectionTimeout(10_000);
        config.setInitializationFailTimeout(10_000);
        config.setAutoCommit(true);
        if (!location.isEmbedded()) {
            // the audit trail's device: PostgreSQL records application_name and the client address
            config.addDataSourceProperty("ApplicationName", ThisComputer.NAME);
        }
        HikariDataSource dataSource;
        try {
            dataSource = new HikariDataSource(config);
        } catch (RuntimeException e) {
            throw new StudentHubException("db.connect.failed", e, location.toString(), rootMessage(e));
        }
        try (Connection connection = dataSource.getConnection()) {
            Vendor vendor = Vendor.fromProductName(connection.getMetaData().getDatabaseProductName());
            LOG.info("Connected to {} database at {}", vendor, location);
            return new Database(location, dataSource, vendor);
        } catch (SQLException | RuntimeException e) {
            dataSource.close();
            throw new StudentHubException("db.connect.failed", e, location.toString(), rootMessage(e));
        }
    }

    /** Connects and applies pending migrations: what the command line and the client do at start. */
    public static Database open(DatabaseLocation location) {
        Database database = connect(location);
        try {
            database.migrate();
            return database;
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    public int migrate() {
        requireInitialised();
        int applied = (vendor == Vendor.H2 ? migrator() : SchemaMigrator.forPostgres(location, postgresRoles())).migrate();
        if (applied > 0) {
            LOG.info("Applied {} schema migration(s) to {}", applied, location);
        }
        return applied;
    }

    /** The schema history, for reading; {@link #migrate()} applies migrations (as the owner role on PostgreSQL). */
    public SchemaMigrator migrator() {
        requireInitialised();
        return vendor == Vendor.H2 ? new SchemaMigrator(dataSource, vendor)
                : SchemaMigrator.readingPostgres(dataSource, postgresRoles());
    }

    /** Refuses a PostgreSQL database that {@code server init} has not prepared. */
    private void requireInitialised() {
        if (vendor == Vendor.POSTGRESQL && !PostgresServerSetup.isInitialised(dataSource, postgresRoles())) {
            throw new StudentHubException("db.server.not_initialised", location.toString());
        }
    }

    /**
     * The role names of this PostgreSQL installation: the prefix recorded by {@code server init}, or the
     * default for the database name when the database has not been initialised yet.
     */
    public PostgresRoles postgresRoles() {
        if (vendor != Vendor.POSTGRESQL) {
            throw new IllegalStateException("only PostgreSQL databases have roles");
        }
        return PostgresServerSetup.rolesOf(dataSource);
    }

    public Vendor vendor() {
        return vendor;
    }

    public DatabaseLocation location() {
        return location;
    }

    /** The pool, for bulk JDBC work and raw baselines. */
    public DataSource dataSource() {
        return dataSource;
    }

    /** The session factory, built on first use (after migration, since it validates the schema). */
    public synchronized SessionFactory sessionFactory() {
        if (sessionFactory == null) {
            sessionFactory = buildSessionFactory();
        }
        return sessionFactory;
    }

    public Transactions transactions() {
        return new Transactions(sessionFactory());
    }

    private SessionFactory buildSessionFactory() {
        // The embedded database is audited by the core; PostgreSQL by its own triggers (schema V021).
        BootstrapServiceRegistryBuilder bootstrap = new BootstrapServiceRegistryBuilder();
        if (vendor == Vendor.H2) {
            bootstrap.applyIntegrator(AuditListener.integrator());
        }
        StandardServiceRegistry registry = new StandardServiceRegistryBuilder(bootstrap.build())
                .applySetting(AvailableSettings.JAKARTA_NON_JTA_DATASOURCE, dataSource)
                .applySetting(AvailableSettings.HBM2DDL_AUTO, "validate")
                .applySetting(AvailableSettings.MULTI_TENANT_IDENTIFIER_RESOLVER, new CollegeTenantResolver())
                .applySetting(AvailableSettings.STATEMENT_BATCH_SIZE, 100)
                .applySetting(AvailableSettings.ORDER_INSERTS, true)
                .applySetting(AvailableSettings.ORDER_UPDATES, true)
                .applySetting(AvailableSettings.JDBC_TIME_ZONE, "UTC")
                .applySetting(AvailableSettings.JAKARTA_VALIDATION_MODE, "none")
                .applySetting(AvailableSettings.SHOW_SQL, false)
                .build();
        try {
            MetadataSources sources = new MetadataSources(registry);
            EntityCatalog.ENTITIES.forEach(sources::addAnnotatedClass);
            return sources.buildMetadata().buildSessionFactory();
        } catch (RuntimeException e) {
            StandardServiceRegistryBuilder.destroy(registry);
            throw new StudentHubException("db.schema.mismatch", e, rootMessage(e));
        }
    }

    @Override
    public void close() {
        if (sessionFactory != null) {
            sessionFactory.close();
        }
        dataSource.close();
    }

    private static void createFolder(Path folder) {
        try {
            Files.createDirectories(folder);
        } catch (java.io.IOException e) {
            throw new StudentHubException("db.folder.unwritable", e, folder.toString());
        }
    }

    static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}
