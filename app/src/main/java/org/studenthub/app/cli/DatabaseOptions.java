package org.studenthub.app.cli;

import java.io.Console;
import java.nio.file.Path;
import org.studenthub.app.AppDirectories;
import org.studenthub.core.db.DatabaseLocation;
import picocli.CommandLine.Option;

/**
 * Where the database is, shared by every command that opens it. A folder means embedded H2; a
 * {@code jdbc:postgresql://} URL means a server, with the user and password from options, the
 * environment or an interactive prompt. The password is never echoed or logged.
 */
public final class DatabaseOptions {
    static final String ENV_DB = "STUDENTHUB_DB";
    static final String ENV_USER = "STUDENTHUB_DB_USER";
    static final String ENV_PASSWORD = "STUDENTHUB_DB_PASSWORD";

    @Option(names = "--db", paramLabel = "FOLDER|URL",
            description = "Embedded database folder, or a jdbc:postgresql:// URL (env STUDENTHUB_DB; default: "
                    + "the per-user data folder).")
    String db;

    @Option(names = "--db-user", paramLabel = "USER",
            description = "PostgreSQL login (env STUDENTHUB_DB_USER; default: the OS user name).")
    String user;

    @Option(names = "--db-password", preprocessor = PromptOnly.class,
            description = "Ask for the PostgreSQL password (without echo). A password typed on the command line is "
                    + "refused; without this option it comes from env STUDENTHUB_DB_PASSWORD, or is asked for when "
                    + "a console is available.")
    boolean askPassword;

    DatabaseLocation location(AppDirectories directories, java.util.Map<String, String> env) {
        String target = db != null ? db : env.get(ENV_DB);
        if (target == null || target.isBlank()) {
            return DatabaseLocation.embedded(directories.data().resolve("db"));
        }
        if (target.startsWith("jdbc:postgresql://")) {
            CredentialsInUrlException.refuseCredentials(target, db != null ? "--db" : ENV_DB);
            String login = user != null ? user : env.getOrDefault(ENV_USER, System.getProperty("user.name"));
            return DatabaseLocation.postgres(target, login, password(env));
        }
        if (target.startsWith("jdbc:")) {
            throw new InvalidInputException("cli.db.unsupported", target);
        }
        return DatabaseLocation.embedded(Path.of(target));
    }

    private char[] password(java.util.Map<String, String> env) {
        String fromEnv = env.get(ENV_PASSWORD);
        if (fromEnv != null && !askPassword) {
            return fromEnv.toCharArray();
        }
        Console console = System.console();
        if (console != null) {
            char[] typed = console.readPassword("%s", org.studenthub.app.I18n.tr("cli.db.password.prompt"));
            return typed == null ? new char[0] : typed;
        }
        return new char[0];
    }
}
