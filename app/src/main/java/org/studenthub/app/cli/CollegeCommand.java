package org.studenthub.app.cli;

import org.studenthub.app.AppServices;
import org.studenthub.app.I18n;
import org.studenthub.core.college.CollegeView;
import org.studenthub.core.college.CreditSystem;
import org.studenthub.core.college.NewCollege;
import java.util.Arrays;
import org.studenthub.core.common.StudentHubException;
import org.studenthub.core.common.Validation;
import org.studenthub.core.security.NewUser;
import org.studenthub.core.security.PasswordPolicy;
import org.studenthub.core.tenancy.PlatformContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code studenthub college create|list}. */
@Command(name = "college", description = "Colleges (tenants): create (with the first administrator), list, branding.",
        subcommands = {CollegeCommand.Create.class, CollegeCommand.ListColleges.class, CollegeCommand.Branding.class})
final class CollegeCommand {

    @Command(name = "create", description = {
        "Create a college and its first administrator (platform administrators; on a database without any"
            + " account, no sign-in is needed: this is how a new installation starts).",
        "The administrator's password is asked for twice without echo, or read from STUDENTHUB_NEW_PASSWORD."})
    static final class Create extends DatabaseCommand {
        @Mixin
        SignInOptions signIn;

        @Option(names = "--admin-login", required = true, paramLabel = "LOGIN",
                description = "Login of the college's first administrator, e.g. admin.roma1.")
        String adminLogin;

        @Option(names = "--admin-name", paramLabel = "NAME",
                description = "The administrator's name as others see it (default: Administrator CODE).")
        String adminName;

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
            PlatformContext context = signIn.platform(services, runtime, actor());
            char[] password = NewPassword.read(runtime, adminLogin);
            try {
                NewUser admin = NewUser.of(adminLogin, adminName != null ? adminName
                        : I18n.tr("cli.college.admin.name", code), password);
                Validation.check(admin);
                PasswordPolicy.check(password, admin.login());
                CollegeView college = services.colleges().create(context,
                        new NewCollege(code, name, locale, timeZone, creditSystem));
                runtime.out().println(I18n.tr("cli.college.created", college.code(), college.name()));
                createAdministrator(services, context, college, admin);
                return ExitCodes.OK;
            } finally {
                Arrays.fill(password, '\0');
            }
        }

        /** The college exists now whatever happens here; if its administrator fails, say how to add one. */
        private void createAdministrator(AppServices services, PlatformContext context, CollegeView college,
                NewUser admin) {
            try {
                services.users().createCollegeAdmin(context, college.id(), admin);
                runtime.out().println(I18n.tr("cli.college.admin.created", admin.login(), college.code()));
            } catch (StudentHubException e) {
                runtime.err().println(I18n.tr("cli.college.admin.failed", college.code()));
                throw e;
            }
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

    @Command(name = "branding", description = {
        "Set your college's logo and colours on its portfolios (college administrators). Options left out keep",
        "their current value; without options, show the current branding."})
    static final class Branding extends DatabaseCommand {
        @Mixin
        SignInOptions signIn;

        @Option(names = "--logo", paramLabel = "FILE", description = "PNG or JPEG, at most 1 MB and 4000 pixels a side.")
        java.nio.file.Path logo;

        @Option(names = "--primary", paramLabel = "#RRGGBB", description = "Headings, rules and table headers.")
        String primary;

        @Option(names = "--accent", paramLabel = "#RRGGBB", description = "Points and highlights.")
        String accent;

        Branding(CliRuntime runtime) {
            super(runtime);
        }

        @Override
        int run(AppServices services) {
            org.studenthub.core.tenancy.CollegeContext context = signIn.college(services, runtime);
            org.studenthub.core.portfolio.CollegeBranding current = services.branding().get(context);
            if (logo != null || primary != null || accent != null) {
                byte[] bytes = logo == null ? null : AchievementCommand.read(logo);
                current = services.branding().set(context, logo == null ? null : logo.getFileName().toString(), bytes,
                        primary != null ? primary : current.primaryColour(),
                        accent != null ? accent : current.accentColour());
            }
            runtime.out().println(I18n.tr("cli.college.branding", current.primaryColour(), current.accentColour(),
                    current.hasLogo() ? current.logoMediaType() + ", " + current.logo().length + " bytes"
                            : I18n.tr("cli.college.branding.no_logo")));
            return ExitCodes.OK;
        }
    }
}
