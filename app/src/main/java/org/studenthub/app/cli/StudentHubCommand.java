package org.studenthub.app.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The {@code studenthub} command line. Without a subcommand it prints help ({@code Main} starts the desktop client instead when there is a display). */
@Command(name = "studenthub",
        mixinStandardHelpOptions = true,
        scope = ScopeType.INHERIT,
        versionProvider = VersionProvider.class,
        description = "StudentHub: student records, achievements and verified portfolios for colleges.",
        footerHeading = "%nExit codes:%n",
        footer = {"  0 success      1 failure       2 usage error      3 not found",
                  "  4 conflict     5 invalid input 6 database unavailable",
                  "  7 sign-in refused or permission missing",
                  "",
                  "Sign in with --user LOGIN (or STUDENTHUB_USER); the password is asked for, or read from"
                        + " STUDENTHUB_PASSWORD. A new database has no accounts: start with 'studenthub college"
                        + " create ... --admin-login LOGIN' or 'studenthub demo'.",
                  "Logs: see 'studenthub --version' for the log folder. Docs: docs/cli.md"},
        subcommands = {ServerCommand.class, DbCommand.class, CollegeCommand.class, DemoCommand.class, UserCommand.class,
            RoleCommand.class, StudentCommand.class, TransferCommands.Import.class, TransferCommands.Export.class,
            AuditCommand.class, AchievementCommand.class, QueueCommand.class, DecideCommand.class,
            PointsCommand.class, CategoryCommand.class, EventCommand.class, InboxCommand.class, SealCommand.class,
            PortfolioCommand.class, ReportCommand.class})
public final class StudentHubCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return ExitCodes.OK;
    }
}
