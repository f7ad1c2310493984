package org.studenthub.app.cli;

import java.io.Console;
import java.util.Arrays;
import org.studenthub.app.I18n;
import org.studenthub.reporting.seal.SealException;

/**
 * Passwords of seal keystores: asked for without echo, or taken from the environment for scripts
 * ({@code STUDENTHUB_SEAL_PASSWORD}; {@code STUDENTHUB_SEAL_IMPORT_PASSWORD} for the file being imported). Never
 * taken from the command line, where other users and the shell history would see them. The caller wipes the
 * returned array.
 */
final class SealPasswords {
    static final String ENV = "STUDENTHUB_SEAL_PASSWORD";
    static final String ENV_IMPORT = "STUDENTHUB_SEAL_IMPORT_PASSWORD";
    private static final int MINIMUM_LENGTH = 8;

    private SealPasswords() {}

    /** The password of an existing seal keystore. */
    static char[] current(CliRuntime runtime, String file) {
        return read(runtime, ENV, "cli.seal.password.prompt", file);
    }

    /** The password of a PKCS#12 file being imported. */
    static char[] ofImport(CliRuntime runtime, String file) {
        return read(runtime, ENV_IMPORT, "cli.seal.import_password.prompt", file);
    }

    /** A new keystore password: typed twice, at least eight characters. */
    static char[] fresh(CliRuntime runtime, String file) {
        String fromEnv = runtime.env(ENV);
        char[] password;
        if (fromEnv != null) {
            password = fromEnv.toCharArray();
        } else {
            Console console = System.console();
            if (console == null) {
                throw new InvalidInputException("cli.seal.password_missing", file, ENV);
            }
            password = console.readPassword("%s", I18n.tr("cli.seal.new_password.prompt", file));
            char[] again = console.readPassword("%s", I18n.tr("cli.password.repeat.prompt"));
            boolean same = password != null && Arrays.equals(password, again);
            wipe(again);
            if (!same) {
                wipe(password);
                throw new InvalidInputException("cli.password.mismatch");
            }
        }
        if (password.length < MINIMUM_LENGTH) {
            String key = password.length == 0 ? "seal.password.empty" : "seal.password.too_short";
            wipe(password);
            throw new SealException(key);
        }
        return password;
    }

    static void wipe(char[] password) {
        if (password != null) {
            Arrays.fill(password, '\0');
        }
    }

    private static char[] read(CliRuntime runtime, String variable, String promptKey, String file) {
        String fromEnv = runtime.env(variable);
        if (fromEnv != null) {
            return fromEnv.toCharArray();
        }
        Console console = System.console();
        char[] typed = console == null ? null : console.readPassword("%s", I18n.tr(promptKey, file));
        if (typed == null) {
            throw new InvalidInputException("cli.seal.password_missing", file, variable);
        }
        return typed;
    }
}
