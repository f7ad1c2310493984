package org.studenthub.app.cli;

import org.studenthub.app.AppServices;
import org.studenthub.app.I18n;
import org.studenthub.core.college.CollegeView;
import org.studenthub.core.college.CreditSystem;
import org.studenthub.core.college.NewCollege;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code studenthub college create|list}. */
@Command(name = "college", description = "Colleges (tenants): create, list.",
        subcommands = {CollegeCommand.Create.class, CollegeCommand.ListColleges.class})
final class CollegeCommand {

    @Command(name = "create", description = "Create a college.")
    static final class Create extends DatabaseCommand {
        @Option(names = "--code", required = true, description = "Short unique code, e.g. POLIMI.")
        String code;

        @Option(names = "--name", required = true, description = "Full name.")
        String name;

        @Option(names = "--locale", defaultValue = "en", description = "Default language: en or it (default: ${DEFAULT-VALUE}).")
        String locale;

        @Option(names = "--time-zone", defaultValue = "Europe/Rome", description = "Time zone (default: ${DEFAULT-VALUE}).")
        String timeZone;

        @Option(names = "--credit-system", defaultValue = "ECTS",
                description = "ECTS, CFU or CREDITS (default: ${DEFAULT-VALUE}).")
        CreditSystem creditSystem;

        Create(CliRuntime runtime) {
            super(runtime);
        }

        @Override
        int run(AppServices services) {
            CollegeView college = services.colleges().create(new NewCollege(code, name, locale, timeZone, creditSystem));
            runtime.out().println(I18n.tr("cli.college.created", college.code(), college.name()));
            return ExitCodes.OK;
        }
    }

    @Command(name = "list", description = "List colleges.")
    static final class ListColleges extends DatabaseCommand {
        ListColleges(CliRuntime runtime) {
            super(runtime);
        }

        @Override
        int run(AppServices services) {
            for (CollegeView c : services.colleges().list()) {
                runtime.out().printf("%-12s %-6s %-5s %-16s %s%n", c.code(), c.creditSystem(), c.defaultLocale(),
                        c.timeZone(), c.name());
            }
            return ExitCodes.OK;
        }
    }
}
