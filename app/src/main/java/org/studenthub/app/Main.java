package org.studenthub.app;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.studenthub.app.cli.Cli;
import org.studenthub.app.cli.CliRuntime;

/** Entry point of the {@code studenthub} command. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        AppDirectories directories = AppDirectories.forCurrentUser();
        // Must happen before the first logger is created: Logback reads it from its configuration.
        System.setProperty("studenthub.log.dir", directories.logs().toString());
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        int exitCode = Cli.run(new CliRuntime(directories, System.getenv(), out, err), args);
        out.flush();
        err.flush();
        System.exit(exitCode);
    }
}
