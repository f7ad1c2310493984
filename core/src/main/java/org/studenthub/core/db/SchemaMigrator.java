package org.studenthub.core.db;

import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.output.MigrateResult;
import org.studenthub.core.common.StudentHubException;

/**
 * Applies the Flyway migrations of the schema module: the common folder plus the folder of
 * the vendor actually connected (Flyway itself does not expand a {vendor} placeholder).
 * On PostgreSQL every migration runs as the installation's owner role ({@code SET ROLE}), so no
 * login ever owns a table, and the role prefix is passed to the scripts as {@code ${prefix}}.
 */
public final class SchemaMigrator {
    /** Placeholder value on H2, where no script uses it. */
    private static final String NO_PREFIX = "embedded";

    private final Flyway flyway;

    /** A migrator for an embedded database, working through its pool. */
    public SchemaMigrator(DataSource dataSource, Vendor vendor) {
        this(configure(vendor, NO_PREFIX).dataSource(dataSource));
    }

    private SchemaMigrator(FluentConfiguration configuration) {
        this.flyway = configuration.load();
    }

    /**
     * A migrator for PostgreSQL that opens its own connections (not the pool's, since it changes role)
     * as {@code location}'s login, which must be a member of the owner role.
     */
    public static SchemaMigrator forPostgres(DatabaseLocation location, PostgresRoles roles) {
        return new SchemaMigrator(configure(Vendor.POSTGRESQL, roles.prefix())
                .dataSource(new OwnerRoleDataSource(location, roles)));
    }

    /**
     * A migrator that only reads the schema history (for {@code db info} and the pending-schema check),
     * usable by any signed-in person: it never changes role.
     */
    public static SchemaMigrator readingPostgres(DataSource dataSource, PostgresRoles roles) {
        return new SchemaMigrator(configure(Vendor.POSTGRESQL, roles.prefix()).dataSource(dataSource));
    }

    private static FluentConfiguration configure(Vendor vendor, String prefix) {
        return Flyway.configure(SchemaMigrator.class.getClassLoader())
                .locations("classpath:db/migration/common", "classpath:db/migration/" + vendor.migrationFolder())
                .placeholders(Map.of("prefix", prefix))
                .validateMigrationNaming(true)
                .failOnMissingLocations(true)
                .cleanDisabled(true);
    }

    /** Applies pending migrations; returns how many were applied. */
    public int migrate() {
        try {
            MigrateResult result = flyway.migrate();
            return result.migrationsExecuted;
        } catch (RuntimeException e) {
            throw new StudentHubException("db.migrate.failed", e);
        }
    }

    /** Every known migration with its state, oldest first. */
    public List<SchemaVersion> info() {
        return java.util.Arrays.stream(flyway.info().all())
                .map(SchemaMigrator::toVersion)
                .toList();
    }

    /** True when migrations exist that have not been applied. */
    public boolean hasPending() {
        return flyway.info().pending().length > 0;
    }

    private static SchemaVersion toVersion(MigrationInfo info) {
        return new SchemaVersion(
                info.getVersion() == null ? "" : info.getVersion().getVersion(),
                info.getDescription(),
                info.getScript(),
                info.getState().getDisplayName(),
                info.getInstalledOn() == null ? null : info.getInstalledOn().toInstant());
    }

    /** One migration as shown by {@code studenthub db info}. */
    public record SchemaVersion(String version, String description, String script, String state,
                                java.time.Instant installedOn) {}
}
