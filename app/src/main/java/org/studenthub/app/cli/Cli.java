package org.studenthub.app.cli;

import java.lang.reflect.Constructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.studenthub.app.I18n;
import org.studenthub.core.common.StudentHubException;
import picocli.CommandLine;

/**
 * Builds and runs the command line. Commands get the {@link CliRuntime} through their
 * constructor. Errors become one clear line on standard error and a documented exit code; the
 * stack trace goes to the log file only.
 */
public final class Cli {
    private Cli() {}

    public static int run(CliRuntime runtime, String... args) {
        return commandLine(runtime).execute(args);
    }

    static CommandLine commandLine(CliRuntime runtime) {
        CommandLine commandLine = new CommandLine(StudentHubCommand.class, new Factory(runtime));
        commandLine.setOut(runtime.out());
        commandLine.setErr(runtime.err());
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.setExecutionExceptionHandler((error, cmd, parseResult) -> report(runtime, error));
        return commandLine;
    }

    private static int report(CliRuntime runtime, Exception error) {
        Logger log = LoggerFactory.getLogger(Cli.class);
        if (error instanceof StudentHubException known) {
            log.warn("Command failed [{}]", known.errorCode(), known);
            runtime.err().println(I18n.tr("cli.error.line", known.errorCode(),
                    I18n.tr(known.messageKey(), known.args())));
        } else {
            log.error("Command failed unexpectedly", error);
            runtime.err().println(I18n.tr("cli.error.unexpected", error.getClass().getSimpleName(),
                    runtime.directories().logs()));
        }
        runtime.err().flush();
        return ExitCodes.of(error);
    }

    /** Creates commands, handing the runtime to those whose constructor takes it. */
    private record Factory(CliRuntime runtime) implements CommandLine.IFactory {
        @Override
        public <K> K create(Class<K> type) throws Exception {
            for (Constructor<?> constructor : type.getDeclaredConstructors()) {
                Class<?>[] parameters = constructor.getParameterTypes();
                if (parameters.length == 1 && parameters[0] == CliRuntime.class) {
                    constructor.setAccessible(true);
                    return type.cast(constructor.newInstance(runtime));
                }
            }
            return CommandLine.defaultFactory().create(type);
        }
    }
}
