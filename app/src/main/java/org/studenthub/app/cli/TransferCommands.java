package org.studenthub.app.cli;

import java.nio.file.Path;
import java.util.Locale;
import org.studenthub.app.AppServices;
import org.studenthub.app.I18n;
import org.studenthub.core.tenancy.CollegeContext;
import org.studenthub.core.transfer.CsvImporter;
import org.studenthub.core.transfer.ExportOptions;
import org.studenthub.core.transfer.ImportOptions;
import org.studenthub.core.transfer.ImportProblem;
import org.studenthub.core.transfer.ImportReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code studenthub import students|teachers|enrolments FILE} and {@code export students|teachers}. */
final class TransferCommands {
    private TransferCommands() {}

    /** What can be imported. */
    enum ImportKind { students, teachers, enrolments }

    /** What can be exported. */
    enum ExportKind { students, teachers }

    @Command(name = "import", description = {
        "Import a CSV file (UTF-8). Nothing is written unless every row is valid, unless --valid-rows-only.",
        "Rows are matched by student or staff number: importing the same file twice creates no duplicates.",
        "Columns and formats: docs/howto/import-csv.md"})
    static final class Import extends DatabaseCommand {
        @Mixin
        SignInOptions signIn;

        @Parameters(index = "0", paramLabel = "KIND", description = "students, teachers or enrolments")
        ImportKind kind;

        @Parameters(index = "1", paramLabel = "FILE", description = "The CSV file.")
        Path file;

        @Option(names = "--valid-rows-only", description = "Import the valid rows and write the rejected ones,"
                + " with reasons, to FILE.rejected.csv beside the input.")
        boolean validRowsOnly;

        Import(CliRuntime runtime) {
            super(runtime);
        }

        @Override
        int run(AppServices services) {
            CollegeContext context = signIn.college(services, runtime);
            CsvImporter<?> importer = switch (kind) {
                case students -> services.studentImporter();
                case teachers -> services.teacherImporter();
                case enrolments -> services.enrolmentImporter();
            };
            ImportOptions options = validRowsOnly ? ImportOptions.validRowsOnly() : ImportOptions.defaults();
            ImportReport report = importer.importFile(context, file, options);
            for (ImportProblem problem : report.problems()) {
                runtime.err().println(problem.message(Locale.getDefault()));
            }
            runtime.out().println(I18n.tr("cli.import.summary", report.rowsRead(), report.inserted(), report.updated(),
                    report.unchanged(), report.rejected()));
            report.rejectedFile().ifPresent(f -> runtime.out().println(I18n.tr("cli.import.rejected.file", f)));
            if (report.refused()) {
                runtime.err().println(refusal(report));
                return ExitCodes.INVALID_INPUT;
            }
            return ExitCodes.OK;
        }

        /** Why nothing was imported, and what to do: valid-rows mode cannot help with a database refusal. */
        private String refusal(ImportReport report) {
            if (report.refusal() == ImportReport.Refusal.DATABASE) {
                return I18n.tr("cli.import.refused.database", file);
            }
            return I18n.tr(validRowsOnly ? "cli.import.refused.file" : "cli.import.refused", file,
                    report.problems().size());
        }
    }

    @Command(name = "export", description = "Export students or teachers to a spreadsheet-safe UTF-8 CSV file.")
    static final class Export extends DatabaseCommand {
        @Mixin
        SignInOptions signIn;

        @Parameters(index = "0", paramLabel = "KIND", description = "students or teachers")
        ExportKind kind;

        @Option(names = {"-o", "--out"}, required = true, paramLabel = "FILE", description = "The CSV file to write.")
        Path out;

        @Option(names = "--bom", description = "Start the file with a byte order mark (for Excel).")
        boolean bom;

        Export(CliRuntime runtime) {
            super(runtime);
        }

        @Override
        int run(AppServices services) {
            CollegeContext context = signIn.college(services, runtime);
            ExportOptions options = new ExportOptions(bom);
            long rows = kind == ExportKind.students
                    ? services.csvExporter().exportStudents(context, out, options)
                    : services.csvExporter().exportTeachers(context, out, options);
            runtime.out().println(I18n.tr("cli.export.done", rows, out));
            return ExitCodes.OK;
        }
    }
}
