package org.studenthub.app.cli;

import java.util.Map;
import java.util.Stack;
import org.studenthub.app.I18n;
import picocli.CommandLine.IParameterPreprocessor;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;

/**
 * For options that ask for a secret ({@code --db-password}): the option takes no value, it means "ask me".
 * A value typed after it ({@code --db-password s3cret} or {@code --db-password=s3cret}) is refused before it is
 * used, because other users of the computer can read a command line and shells keep it in their history. The
 * refusal names the option, never the value, and says what to do instead.
 */
public final class PromptOnly implements IParameterPreprocessor {
    @Override
    public boolean preprocess(Stack<String> args, CommandSpec command, ArgSpec option, Map<String, Object> info) {
        boolean attached = !String.valueOf(info.getOrDefault("separator", "")).isEmpty();
        boolean valueFollows = !args.isEmpty() && !args.peek().startsWith("-")
                && !command.subcommands().containsKey(args.peek());
        if (attached || valueFollows) {
            args.pop();
            throw new ParameterException(command.commandLine(),
                    I18n.tr("cli.secret.on_command_line", ((OptionSpec) option).longestName()));
        }
        return false;
    }
}
