package org.studenthub.app.cli;

import org.studenthub.app.AppServices;
import org.studenthub.app.I18n;
import org.studenthub.core.db.SchemaMigrator;
import picocli.CommandLine.Command;

/** {@code studenthub db migrate|info}: the schema. */
@Command(name = "db", description = "Database schema: migrate, info.",
        subcommands = {DbCommand.Migrate.class, DbCommand.Info.class})
final class DbCommand {

    @Command(name = "migrate", description = "Apply pending schema migrations (run by the database owner).")
    static final class Migrate extends DatabaseCommand {
        Migrate(CliRuntime runtime) {
            super(runtime);
        }

        @Override
        boolean migrates() {
            return true;
        }

        @Override
        int run(AppServices services) {
            int applied = services.database().migrate();
            runtime.out().println(I18n.tr("cli.db.migrated", applied, services.database().location()));
            return ExitCodes.OK;
        }
    }

    @Command(name = "info", description = "Show the schema version and every migration with its state.")
    static final class Info extends DatabaseCommand {
        Info(CliRuntime runtime) {
            super(runtime);
        }

        @Override
        boolean migrates() {
            return true;
        }

        @Override
        int run(AppServices services) {
            runtime.out().println(I18n.tr("cli.db.info.header", services.database().vendor(),
                    services.database().location()));
            for (SchemaMigrator.SchemaVersion v : services.database().migrator().info()) {
                runtime.out().printf("  %-5s %-10s %s%n", v.version(), v.state(), v.description());
            }
            return ExitCodes.OK;
        }
    }
}
