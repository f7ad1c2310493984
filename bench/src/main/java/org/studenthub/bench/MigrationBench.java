package org.studenthub.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.studenthub.core.db.Database;
import org.studenthub.core.db.DatabaseLocation;
import org.studenthub.core.db.SchemaMigrator;
import org.studenthub.core.db.Vendor;

/**
 * Full schema migration of an empty database through Flyway. Baseline: the same SQL scripts
 * executed directly over JDBC in one transaction (what the database alone needs).
 */
final class MigrationBench {
    private static final double TARGET_MS = 3_000;

    private MigrationBench() {}

    static Result run(BenchDatabases databases, Vendor vendor, int repetitions) throws Exception {
        double[] flyway = new double[repetitions];
        double[] raw = new double[repetitions];
        List<String> scripts = List.of();
        for (int i = 0; i < repetitions; i++) {
            DatabaseLocation location = databases.fresh(vendor);
            long start = System.nanoTime();
            try (Database database = Database.connect(location)) {
                database.migrate();
                flyway[i] = Stats.millisSince(start);
                if (scripts.isEmpty()) {
                    scripts = scriptTexts(database.migrator().info(), vendor);
                }
            }
            raw[i] = executeRaw(databases.fresh(vendor), scripts);
        }
        return new Result("schema_migration_ms", Stats.median(flyway), "ms", Stats.median(raw), TARGET_MS, true,
                vendor.name(), 0, "median of " + repetitions + " empty databases; baseline: same SQL over plain JDBC");
    }

    private static List<String> scriptTexts(List<SchemaMigrator.SchemaVersion> applied, Vendor vendor)
            throws IOException {
        List<String> texts = new ArrayList<>();
        for (SchemaMigrator.SchemaVersion version : applied) {
            String text = read("db/migration/common/" + version.script());
            texts.add(text != null ? text : read("db/migration/" + vendor.migrationFolder() + "/" + version.script()));
        }
        return texts;
    }

    private static String read(String resource) throws IOException {
        try (InputStream in = MigrationBench.class.getClassLoader().getResourceAsStream(resource)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static double executeRaw(DatabaseLocation location, List<String> scripts) throws Exception {
        char[] password = location.password();
        try (Connection c = DriverManager.getConnection(location.jdbcUrl(), location.user(), new String(password));
             Statement s = c.createStatement()) {
            long start = System.nanoTime();
            c.setAutoCommit(false);
            // The scripts as Flyway runs them: ${prefix} is the installation's role prefix (PostgreSQL only).
            String prefix = location.isEmbedded() ? "embedded"
                    : org.studenthub.core.db.PostgresRoles.forDatabase(c.getCatalog()).prefix();
            if (!location.isEmbedded()) {
                s.execute("SET ROLE \"" + prefix + "_owner\"");
            }
            for (String script : scripts) {
                s.execute(script.replace("${prefix}", prefix));
            }
            c.commit();
            return Stats.millisSince(start);
        }
    }
}
