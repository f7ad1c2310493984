package org.studenthub.app.cli;

import java.io.Console;
import java.util.Arrays;
import java.util.concurrent.Callable;
import org.studenthub.app.I18n;
import org.studenthub.core.db.DatabaseLocation;
import org.studenthub.core.db.PostgresRoles;
import org.studenthub.core.db.PostgresServerSetup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code studenthub server init}: prepares a PostgreSQL database for StudentHub (run by IT, once). */
@Command(name = "server", description = "PostgreSQL server set-up: init.", subcommands = ServerCommand.Init.class)
final class ServerCommand {
    static final String ENV_NEW_PASSWORD = "STUDENTHUB_NEW_PASSWORD";

    @Command(name = "init", description = {
            "Prepare an empty PostgreSQL database: owner, policy, user-manager and group roles, the schema with",
            "forced row-level security, and the first platform administrator. Safe to run again.",
            "Connect as a superuser (or a login with CREATEROLE that owns the database)."})
    static final class Init implements Callable<Integer> {
        @Mixin
        DatabaseOptions databaseOptions;

        @Option(names = "--role-prefix", paramLabel = "PREFIX",
                description = "Prefix of every role of this installation (default: the database name).")
        String rolePrefix;

        @Option(names = "--platform-admin", paramLabel = "LOGIN",
                description = "Create this first platform administrator (password prompted twice, or env "
                        + ENV_NEW_PASSWORD + ").")
        String platformAdmin;

        private final CliRuntime runtime;

        Init(CliRuntime runtime) {
            this.runtime = runtime;
        }

        @Override
        public Integer call() {
            DatabaseLocation admin = runtime.location(databaseOptions);
            if (admin.isEmbedded()) {
                throw new InvalidInputException("cli.server.embedded");
            }
            PostgresRoles roles = rolePrefix != null ? new PostgresRoles(rolePrefix)
                    : PostgresRoles.forDatabase(databaseName(admin.jdbcUrl()));
            int applied = PostgresServerSetup.initialise(admin, roles);
            runtime.out().println(I18n.tr("cli.server.initialised", admin, roles.prefix(), applied));
            if (platformAdmin != null) {
                boolean created = PostgresServerSetup.createPlatformAdmin(admin, roles, platformAdmin,
                        platformAdmin, newPassword());
                runtime.out().println(I18n.tr(created ? "cli.server.admin.created" : "cli.server.admin.exists",
                        roles.login(platformAdmin)));
            }
            return ExitCodes.OK;
        }

        private char[] newPassword() {
            String fromEnv = runtime.env(ENV_NEW_PASSWORD);
            if (fromEnv != null && !fromEnv.isEmpty()) {
                return fromEnv.toCharArray();
            }
            Console console = System.console();
            if (console == null) {
                throw new InvalidInputException("cli.server.admin.password_needed", ENV_NEW_PASSWORD);
            }
            char[] first = console.readPassword("%s", I18n.tr("cli.server.admin.password.prompt"));
            char[] second = console.readPassword("%s", I18n.tr("cli.server.admin.password.again"));
            if (first == null || second == null || !Arrays.equals(first, second)) {
                throw new InvalidInputException("cli.server.admin.password_mismatch");
            }
            Arrays.fill(second, '\0');
            return first;
        }
    }

    /** The database name of a {@code jdbc:postgresql://host:port/name?...} URL. */
    static String databaseName(String jdbcUrl) {
        String afterHost = jdbcUrl.substring(jdbcUrl.indexOf('/', "jdbc:postgresql://".length()) + 1);
        int query = afterHost.indexOf('?');
        return query < 0 ? afterHost : afterHost.substring(0, query);
    }
}
