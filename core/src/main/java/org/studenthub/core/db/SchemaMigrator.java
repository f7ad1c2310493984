package org.studenthub.core.db;

import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.output.MigrateResult;
import org.studenthub.core.common.StudentHubException;

/**
 * Applies the Flyway migrations of the schema module: the common folder plus the folder of
 * the vendor actually connected (Flyway itself does not expand a {vendor} placeholder).
 */
public final class SchemaMigrator {
    private final Flyway flyway;

    public SchemaMigrator(DataSource dataSource, Vendor vendor) {
        this.flyway = Flyway.configure(SchemaMigrator.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration/common", "classpath:db/migration/" + vendor.migrationFolder())
                .validateMigrationNaming(true)
                .failOnMissingLocations(true)
                .cleanDisabled(true)
                .load();
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
