package org.studenthub.app.cli;

import org.studenthub.app.AppServices;
import org.studenthub.app.I18n;
import org.studenthub.core.demo.DemoOptions;
import org.studenthub.core.demo.DemoProgress;
import org.studenthub.core.demo.DemoReport;
import java.util.Locale;
import java.util.function.UnaryOperator;
import org.studenthub.core.db.Vendor;
import org.studenthub.core.demo.DemoAccount;
import org.studenthub.core.tenancy.PlatformContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code studenthub demo}: a realistic, deterministic demo college (or several). */
@Command(name = "demo", description = {
    "Create realistic, deterministic demo data: departments, programmes, courses, years and terms, sections,",
    "teachers, students with guardians, enrolments, mentors and attendance.",
    "Also one sign-in account per role (password studenthub-demo). On a database that already has accounts,"
        + " sign in as a platform administrator; on PostgreSQL, run it as the installation administrator (the"
        + " login that ran server init): every demo account is a database login. See docs/howto/demo-data.md."})
final class DemoCommand extends DatabaseCommand {
    @Mixin
    SignInOptions signIn;

    @Option(names = "--students", defaultValue = "1000",
            description = "Students per college, 100 to 1,000,000 (default: ${DEFAULT-VALUE}).")
    int students;

    @Option(names = "--colleges", defaultValue = "1", description = "How many colleges, 1 to 20 (default: ${DEFAULT-VALUE}).")
    int colleges;

    @Option(names = "--seed", description = "Random seed; the same seed gives the same data.")
    Long seed;

    @Option(names = "--college-code", defaultValue = "DEMO",
            description = "Code of the first demo college; more get a number suffix (default: ${DEFAULT-VALUE}).")
    String code;

    DemoCommand(CliRuntime runtime) {
        super(runtime);
    }

    @Override
    int run(AppServices services) {
        DemoOptions options = new DemoOptions(students, colleges, seed == null ? DemoOptions.DEFAULT_SEED : seed, code);
        PlatformContext context = signIn.installationOrPlatform(services, runtime, actor());
        DemoReport report = services.demoGenerator().generate(context, options, progress());
        runtime.err().println();
        for (DemoReport.CollegeResult c : report.colleges()) {
            runtime.out().println(I18n.tr("cli.demo.college", c.code(), c.students(), c.teachers(), c.departments(),
                    c.programmes(), c.sections(), c.enrolments(), c.attendanceMarks()));
        }
        UnaryOperator<String> login = services.database().vendor() == Vendor.POSTGRESQL
                ? services.database().postgresRoles()::login : UnaryOperator.identity();
        printAccounts(report, login);
        String registrar = login.apply("registrar." + report.colleges().get(0).code().toLowerCase(Locale.ROOT));
        runtime.out().println(I18n.tr(services.database().vendor() == Vendor.POSTGRESQL ? "cli.demo.done.server"
                : "cli.demo.done", report.totalStudents(), report.elapsed().toMillis() / 1000.0, registrar,
                DemoReport.demoPassword()));
        return ExitCodes.OK;
    }

    /** Every demo account, by the login it signs in with (on PostgreSQL its database login). */
    private void printAccounts(DemoReport report, UnaryOperator<String> login) {
        runtime.out().println(I18n.tr("cli.demo.accounts", DemoReport.demoPassword()));
        if (report.platformAccount() != null) {
            print(report.platformAccount(), login);
        }
        report.colleges().forEach(c -> c.accounts().forEach(a -> print(a, login)));
    }

    private void print(DemoAccount account, UnaryOperator<String> login) {
        runtime.out().println(String.format("  %-30s %-26s %-11s %s", login.apply(account.login()),
                account.role().code(), account.scope().kind().name().toLowerCase(Locale.ROOT),
                account.person() == null ? "" : account.person())
                .stripTrailing());
    }

    /** Progress on standard error, one line rewritten in place, at most every half second. */
    private DemoProgress progress() {
        long[] last = {0};
        return (phase, done, total) -> {
            long now = System.nanoTime();
            if (done == total || now - last[0] > 500_000_000L) {
                last[0] = now;
                runtime.err().printf("\r%-40s %3d%%", phase, total == 0 ? 100 : done * 100 / total);
                runtime.err().flush();
            }
        };
    }
}
