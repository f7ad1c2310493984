package org.studenthub.app.cli;

import java.time.LocalDate;
import org.studenthub.app.AppServices;
import org.studenthub.app.I18n;
import org.studenthub.core.achievement.EventView;
import org.studenthub.core.achievement.NewEvent;
import org.studenthub.core.tenancy.CollegeContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code studenthub event create|list}. */
@Command(name = "event", description = "Events and activities that organisers run.",
        subcommands = {EventCommand.Create.class, EventCommand.ListAll.class})
final class EventCommand {

    @Command(name = "create", description = "Create an event; achievements at it go to its organiser first.")
    static final class Create extends DatabaseCommand {
        @Mixin
        SignInOptions signIn;

        @Option(names = "--name", required = true)
        String name;

        @Option(names = "--from", required = true, paramLabel = "YYYY-MM-DD")
        LocalDate from;

        @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Last day (default: the first).")
        LocalDate to;

        @Option(names = "--organiser", required = true, paramLabel = "LOGIN", description = "The organiser's sign-in name.")
        String organiser;

        Create(CliRuntime runtime) {
            super(runtime);
        }

        @Override
        int run(AppServices services) {
            CollegeContext context = signIn.college(services, runtime);
            EventView event = services.events().create(context, new NewEvent(name, from, to == null ? from : to, organiser));
            runtime.out().println(I18n.tr("cli.event.created", String.valueOf(event.id()), event.name(), event.startsOn(), event.endsOn()));
            return ExitCodes.OK;
        }
    }

    @Command(name = "list", description = "Events from a date on (default: a year ago), soonest first.")
    static final class ListAll extends DatabaseCommand {
        @Mixin
        SignInOptions signIn;

        @Option(names = "--from", paramLabel = "YYYY-MM-DD")
        LocalDate from;

        ListAll(CliRuntime runtime) {
            super(runtime);
        }

        @Override
        int run(AppServices services) {
            CollegeContext context = signIn.college(services, runtime);
            for (EventView e : services.events().list(context, from == null ? LocalDate.now().minusYears(1) : from, 200)) {
                runtime.out().printf("%-6d %s..%s  %s%n", e.id(), e.startsOn(), e.endsOn(), e.name());
            }
            return ExitCodes.OK;
        }
    }
}
