package org.studenthub.app.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.studenthub.app.AppDirectories;
import org.studenthub.core.db.DatabaseLocation;

/** Runs the command line in-process against one database, capturing what it prints. */
final class CliHarness {
    private final Path home;
    private final Map<String, String> environment = new HashMap<>();

    private CliHarness(Path home) {
        this.home = home;
    }

    /** A command line whose default database is the embedded one under {@code home}. */
    static CliHarness embedded(Path home) {
        return new CliHarness(home);
    }

    /** A command line pointed at a PostgreSQL database through the environment, as IT would. */
    static CliHarness postgres(Path home, DatabaseLocation location) {
        CliHarness harness = new CliHarness(home);
        harness.environment.put("STUDENTHUB_DB", location.jdbcUrl());
        harness.environment.put("STUDENTHUB_DB_USER", location.user());
        harness.environment.put("STUDENTHUB_DB_PASSWORD", new String(location.password()));
        return harness;
    }

    /** Later commands sign in as {@code login}, the way scripts do (STUDENTHUB_USER and STUDENTHUB_PASSWORD). */
    CliHarness signedInAs(String login, String password) {
        environment.put(SignInOptions.ENV_USER, login);
        environment.put(SignInOptions.ENV_PASSWORD, password);
        return this;
    }

    /** Later commands run without signing in. */
    CliHarness signedOut() {
        environment.remove(SignInOptions.ENV_USER);
        environment.remove(SignInOptions.ENV_PASSWORD);
        return this;
    }

    /** The password later commands give new accounts (STUDENTHUB_NEW_PASSWORD). */
    CliHarness newPassword(String password) {
        environment.put(NewPassword.ENV, password);
        return this;
    }

    /** Sets a variable of the environment the next commands see. */
    CliHarness withEnv(String name, String value) {
        environment.put(name, value);
        return this;
    }

    Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CliRuntime runtime = new CliRuntime(new AppDirectories(home.resolve("data"), home.resolve("logs")),
                environment, new PrintWriter(out, true), new PrintWriter(err, true));
        int code = Cli.run(runtime, args);
        return new Run(code, out.toString(), err.toString());
    }

    /** What one command did. */
    record Run(int exitCode, String out, String err) {}
}
