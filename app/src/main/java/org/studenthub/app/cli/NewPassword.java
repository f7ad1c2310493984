package org.studenthub.app.cli;

import java.io.Console;
import java.util.Arrays;
import org.studenthub.app.I18n;

/**
 * A new password for an account: typed twice without echo, or taken from {@code STUDENTHUB_NEW_PASSWORD}
 * for scripts. The caller wipes the returned array.
 */
final class NewPassword {
    static final String ENV = "STUDENTHUB_NEW_PASSWORD";

    private NewPassword() {}

    static char[] read(CliRuntime runtime, String login) {
        String fromEnv = runtime.env(ENV);
        if (fromEnv != null) {
            return fromEnv.toCharArray();
        }
        Console console = System.console();
        if (console == null) {
            throw new InvalidInputException("cli.password.new_missing", login);
        }
        char[] first = console.readPassword("%s", I18n.tr("cli.password.new.prompt", login));
        char[] second = console.readPassword("%s", I18n.tr("cli.password.repeat.prompt"));
        try {
            if (first == null || !Arrays.equals(first, second)) {
                if (first != null) {
                    Arrays.fill(first, '\0');
                }
                throw new InvalidInputException("cli.password.mismatch");
            }
            return first;
        } finally {
            if (second != null) {
                Arrays.fill(second, '\0');
            }
        }
    }
}
