package org.studenthub.app;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.studenthub.app.cli.Cli;
import org.studenthub.app.cli.CliRuntime;
import org.studenthub.app.client.ClientLauncher;

/**
 * Entry point of the {@code studenthub} command: without arguments, on a computer with a display, the desktop
 * client; otherwise the command line.
 */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        AppDirectories directories = AppDirectories.forCurrentUser();
        // Must happen before the first logger is created: Logback reads it from its configuration.
        System.setProperty("studenthub.log.dir", directories.logs().toString());
        if (args.length == 0 && hasDisplay()) {
            ClientLauncher.launch();
            return;
        }
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        int exitCode = Cli.run(new CliRuntime(directories, System.getenv(), out, err), args);
        out.flush();
        err.flush();
        System.exit(exitCode);
    }

    /** Windows and macOS always have one; elsewhere an X11 or Wayland session must be running. */
    private static boolean hasDisplay() {
        String os = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT);
        if (os.contains("win") || os.contains("mac")) {
            return true;
        }
        return System.getenv("DISPLAY") != null || System.getenv("WAYLAND_DISPLAY") != null;
    }
}
