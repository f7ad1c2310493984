package org.studenthub.app.cli;

import org.studenthub.app.AppServices;
import org.studenthub.app.I18n;
import org.studenthub.core.common.Page;
import org.studenthub.core.common.PageRequest;
import org.studenthub.core.student.StudentStatus;
import org.studenthub.core.student.StudentView;
import org.studenthub.core.student.search.StudentQuery;
import org.studenthub.core.student.search.StudentRow;
import org.studenthub.core.student.search.StudentSort;
import org.studenthub.core.tenancy.CollegeContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code studenthub student find|show}. */
@Command(name = "student", description = "Students: find, show.",
        subcommands = {StudentCommand.Find.class, StudentCommand.Show.class})
final class StudentCommand {

    @Command(name = "find", description = {
        "Find students by number (or its start), name prefix, or a substring of 3+ characters.",
        "Accents and case are ignored; several words must all match."})
    static final class Find extends DatabaseCommand {
        @Mixin
        SignInOptions signIn;

        @Parameters(arity = "0..*", paramLabel = "QUERY", description = "Number or name words; empty lists everyone.")
        String[] words;

        @Option(names = "--status", description = "Only ACTIVE, SUSPENDED, WITHDRAWN or GRADUATED students.")
        StudentStatus status;

        @Option(names = "--sort", defaultValue = "NAME", description = "NAME or NUMBER (default: ${DEFAULT-VALUE}).")
        StudentSort sort;

        @Option(names = "--limit", defaultValue = "20", description = "Rows per page, 1-500 (default: ${DEFAULT-VALUE}).")
        int limit;

        @Option(names = "--after", paramLabel = "CURSOR", description = "Continue after a previous page (printed at its end).")
        String after;

        Find(CliRuntime runtime) {
            super(runtime);
        }

        @Override
        int run(AppServices services) {
            CollegeContext context = signIn.college(services, runtime);
            String text = words == null ? null : String.join(" ", words);
            StudentQuery query = StudentQuery.of(text).withStatus(status).sortedBy(sort);
            Page<StudentRow> page = services.studentSearch().search(context, query, new PageRequest(limit, after));
            if (page.items().isEmpty()) {
                runtime.out().println(I18n.tr("cli.student.find.none", text == null ? "" : text));
                return ExitCodes.OK;
            }
            for (StudentRow row : page.items()) {
                runtime.out().printf("%-12s %-40s %s%n", row.studentNumber(), displayName(row), row.status());
            }
            if (page.nextCursor() != null) {
                runtime.out().println(I18n.tr("cli.student.find.more", page.nextCursor()));
            }
            return ExitCodes.OK;
        }

        private static String displayName(StudentRow row) {
            String name = row.familyName() + ", " + row.givenName();
            return row.preferredName() == null ? name : name + " (" + row.preferredName() + ")";
        }
    }

    @Command(name = "show", description = "Show one student by student number.")
    static final class Show extends DatabaseCommand {
        @Mixin
        SignInOptions signIn;

        @Parameters(paramLabel = "NUMBER", description = "The student number (matricola).")
        String number;

        Show(CliRuntime runtime) {
            super(runtime);
        }

        @Override
        int run(AppServices services) {
            CollegeContext context = signIn.college(services, runtime);
            StudentView s = services.students().getByNumber(context, number);
            runtime.out().println(I18n.tr("cli.student.show", s.studentNumber(), s.familyName(), s.givenName(),
                    s.status(), s.dateOfBirth(), s.email(), s.phone(), s.admissionDate()));
            return ExitCodes.OK;
        }
    }
}
