package org.studenthub.app.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import org.studenthub.app.AppServices;
import org.studenthub.app.I18n;
import org.studenthub.core.achievement.PointsRoster;
import org.studenthub.core.calendar.AcademicYearView;
import org.studenthub.core.common.NotFoundException;
import org.studenthub.core.programme.ProgrammeView;
import org.studenthub.core.section.SectionView;
import org.studenthub.core.tenancy.CollegeContext;
import org.studenthub.reporting.report.Period;
import org.studenthub.reporting.report.ReportFormat;
import org.studenthub.reporting.report.ReportOutput;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code studenthub report accreditation|points|section|student}: PDF or spreadsheet-safe CSV files, in the
 * college's language unless {@code --locale} says otherwise, written atomically. docs/howto/reports.md.
 */
@Command(name = "report", description = "Accreditation and office reports as PDF or CSV (docs/howto/reports.md).",
        subcommands = {ReportCommand.Accreditation.class, ReportCommand.Points.class, ReportCommand.Section.class,
            ReportCommand.Student.class})
final class ReportCommand {
    /** Where the report goes and in which format and language; shared by every report. */
    static final class OutputOptions {
        @Option(names = {"-o", "--out"}, required = true, paramLabel = "FILE",
                description = "The file to write (.pdf or .csv); replaced atomically.")
        Path out;

        @Option(names = "--format", paramLabel = "FORMAT", description = "pdf or csv; default: from the file's extension.")
        ReportFormat format;

        @Option(names = "--locale", paramLabel = "LANG", description = "en or it; default: the college's language.")
        String locale;

        @Option(names = "--no-bom", description = "CSV: leave out the UTF-8 byte order mark (spreadsheets need it;"
                + " some scripts do not).")
        boolean noBom;

        ReportOutput output() {
            ReportFormat chosen = format != null ? format : ReportFormat.ofFileName(out)
                    .orElseThrow(() -> new InvalidInputException("cli.report.format_unknown", out));
            Path folder = out.toAbsolutePath().getParent();
            if (folder == null || !Files.isDirectory(folder)) {
                throw new InvalidInputException("cli.report.folder_missing", folder, out);
            }
            if (Files.isDirectory(out)) {
                throw new InvalidInputException("cli.report.out_is_folder", out);
            }
            return new ReportOutput(out, chosen, language(), !noBom);
        }

        private Locale language() {
            if (locale == null) {
                return null;
            }
            String tag = locale.strip().toLowerCase(Locale.ROOT);
            if (!tag.equals("en") && !tag.equals("it")) {
                throw new InvalidInputException("cli.report.locale_unknown", locale);
            }
            return Locale.forLanguageTag(tag);
        }
    }

    /** Base of the report commands: sign in, build the output, run, say where the file is. */
    abstract static class ReportRun extends DatabaseCommand {
        @Mixin
        SignInOptions signIn;

        @Mixin
        OutputOptions output;

        ReportRun(CliRuntime runtime) {
            super(runtime);
        }

        @Override
        final int run(AppServices services) {
            ReportOutput target = output.output();
            CollegeContext context = signIn.college(services, runtime);
            write(services, context, target);
            runtime.out().println(I18n.tr("cli.report.done", target.format(), target.file()));
            return ExitCodes.OK;
        }

        abstract void write(AppServices services, CollegeContext context, ReportOutput target);

        /** The academic year with {@code code}, or the current one when null. */
        static AcademicYearView year(AppServices services, CollegeContext context, String code) {
            if (code == null) {
                return services.calendar().currentYear(context)
                        .orElseThrow(() -> new InvalidInputException("cli.report.year_needed"));
            }
            return services.calendar().findYear(context, code)
                    .orElseThrow(() -> new NotFoundException("academic year", code));
        }

        /** The section with {@code code} in the academic year {@code yearCode} (default: the current year). */
        static SectionView section(AppServices services, CollegeContext context, String code, String yearCode) {
            AcademicYearView year = year(services, context, yearCode);
            return services.sections().findByCode(context, year.id(), code)
                    .orElseThrow(() -> new NotFoundException("section", code + " (" + year.code() + ")"));
        }
    }

    @Command(name = "accreditation", description = "Approved achievements of an academic year (the current one unless"
            + " --year or --from/--to says otherwise) by department, programme, category and level, with a chart;"
            + " students per category; students by points. Needs report.accreditation; a head of department sees"
            + " their department.")
    static final class Accreditation extends ReportRun {
        @ArgGroup(multiplicity = "0..1")
        When when;

        static final class When {
            @Option(names = "--year", paramLabel = "YEAR", description = "An academic year's code, e.g. 2026/2027.")
            String year;

            @ArgGroup(exclusive = false)
            Range range;
        }

        static final class Range {
            @Option(names = "--from", required = true, paramLabel = "DATE", description = "First day (yyyy-mm-dd).")
            LocalDate from;

            @Option(names = "--to", required = true, paramLabel = "DATE", description = "Last day (yyyy-mm-dd).")
            LocalDate to;
        }

        Accreditation(CliRuntime runtime) {
            super(runtime);
        }

        @Override
        void write(AppServices services, CollegeContext context, ReportOutput target) {
            services.reports().accreditation(context, period(services, context), target);
        }

        private Period period(AppServices services, CollegeContext context) {
            if (when == null || when.year != null) {
                AcademicYearView year = year(services, context, when == null ? null : when.year);
                return new Period(year.code(), year.startsOn(), year.endsOn());
            }
            if (when.range.to.isBefore(when.range.from)) {
                throw new InvalidInputException("cli.report.range_reversed", when.range.from, when.range.to);
            }
            return new Period(null, when.range.from, when.range.to);
        }
    }

    @Command(name = "points", description = "Students' activity points per category and in total: every active"
            + " student you reach, or those of one section or programme.")
    static final class Points extends ReportRun {
        @Option(names = "--section", paramLabel = "SECTION", description = "Only this section (of --year, default"
                + " the current year).")
        String section;

        @Option(names = "--programme", paramLabel = "PROGRAMME", description = "Only this programme (its code).")
        String programme;

        @Option(names = "--year", paramLabel = "YEAR", description = "The academic year of --section.")
        String year;

        Points(CliRuntime runtime) {
            super(runtime);
        }

        @Override
        void write(AppServices services, CollegeContext context, ReportOutput target) {
            SectionView chosenSection = section == null ? null : section(services, context, section, year);
            ProgrammeView chosenProgramme = programme == null ? null : services.programmes()
                    .findByCode(context, programme).orElseThrow(() -> new NotFoundException("programme", programme));
            services.reports().points(context, new PointsRoster.Filter(
                            chosenSection == null ? null : chosenSection.id(),
                            chosenProgramme == null ? null : chosenProgramme.id()),
                    chosenSection == null ? null : chosenSection.code(),
                    chosenProgramme == null ? null : chosenProgramme.code(), target);
        }
    }

    @Command(name = "section", description = "The students of one section (class list).")
    static final class Section extends ReportRun {
        @Option(names = "--section", required = true, paramLabel = "SECTION", description = "The section's code.")
        String section;

        @Option(names = "--year", paramLabel = "YEAR", description = "Its academic year; default: the current one.")
        String year;

        Section(CliRuntime runtime) {
            super(runtime);
        }

        @Override
        void write(AppServices services, CollegeContext context, ReportOutput target) {
            services.reports().sectionList(context, section(services, context, section, year).id(), target);
        }
    }

    @Command(name = "student", description = "A student's record sheet: personal data, programme, section,"
            + " enrolments, attendance, achievements and points.")
    static final class Student extends ReportRun {
        @Option(names = "--student", required = true, paramLabel = "NUMBER", description = "The student number.")
        String number;

        Student(CliRuntime runtime) {
            super(runtime);
        }

        @Override
        void write(AppServices services, CollegeContext context, ReportOutput target) {
            services.reports().studentRecord(context, number, target);
        }
    }
}
