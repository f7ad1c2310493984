package org.studenthub.app.cli;

import java.nio.file.Path;
import java.util.Locale;
import picocli.CommandLine.Option;

/**
 * Which seal a command works on: the college's keystore in the data folder ({@code seals/CODE.p12}) or the file
 * {@code --keystore} names. Also refuses a password given as an option, with a clear message instead of the
 * generic "unknown option".
 */
final class SealOptions {
    @Option(names = "--college", required = true, paramLabel = "CODE", description = "The college's code, e.g. DEMO.")
    String college;

    @Option(names = "--keystore", paramLabel = "FILE",
            description = "The seal's PKCS#12 file (default: seals/CODE.p12 in the StudentHub data folder).")
    Path keystore;

    @Option(names = {"--password", "--keystore-password", "--storepass"}, hidden = true, arity = "0..1",
            fallbackValue = "", paramLabel = "REFUSED")
    String passwordOnCommandLine;

    /** The keystore file; refuses an unsafe college code and a password on the command line. */
    Path keystore(CliRuntime runtime) {
        if (passwordOnCommandLine != null) {
            throw new InvalidInputException("cli.seal.password_on_command_line", SealPasswords.ENV);
        }
        if (!college.matches("[A-Za-z0-9_-]{1,32}")) {
            throw new InvalidInputException("cli.seal.college_code", college);
        }
        if (keystore != null) {
            return keystore.toAbsolutePath();
        }
        return runtime.directories().data().resolve("seals").resolve(college.toUpperCase(Locale.ROOT) + ".p12");
    }
}
