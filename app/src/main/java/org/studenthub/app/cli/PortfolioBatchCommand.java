package org.studenthub.app.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.studenthub.app.AppServices;
import org.studenthub.app.I18n;
import org.studenthub.core.common.Page;
import org.studenthub.core.common.PageRequest;
import org.studenthub.core.common.StudentHubException;
import org.studenthub.core.section.SectionView;
import org.studenthub.core.student.search.StudentQuery;
import org.studenthub.core.student.search.StudentRow;
import org.studenthub.core.student.search.StudentSort;
import org.studenthub.core.security.Permission;
import org.studenthub.core.tenancy.CollegeContext;
import org.studenthub.reporting.batch.Batch;
import org.studenthub.reporting.batch.BatchItem;
import org.studenthub.reporting.batch.BatchListener;
import org.studenthub.reporting.batch.BatchReport;
import org.studenthub.reporting.portfolio.PortfolioIssuer;
import org.studenthub.reporting.seal.SealKey;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code studenthub portfolio batch --section S --out DIR} (or {@code --year Y} alone for every section of the
 * year): a sealed portfolio for every student, one file per student named by the student number, on all cores. Progress on standard error; a student whose
 * portfolio fails is reported and the others go on; Ctrl+C starts no further portfolio and lets the ones being
 * written finish, so no file is ever half written.
 */
@Command(name = "batch", description = {"Issue sealed portfolios for every student of a section (--section), or of"
        + " every section of an academic year (--year alone), one PDF per student (STUDENT-NUMBER.pdf) in a folder,"
        + " on all cores.",
    "One failure does not stop the batch: it is listed at the end, and the exit code is 1."})
final class PortfolioBatchCommand extends DatabaseCommand {
    private static final Logger LOG = LoggerFactory.getLogger(PortfolioBatchCommand.class);

    @Mixin
    SignInOptions signIn;

    @Mixin
    PortfolioSeal seal;

    @Option(names = "--section", paramLabel = "SECTION",
            description = "The section's code; without it, every section of --year.")
    String section;

    @Option(names = "--year", paramLabel = "YEAR",
            description = "The academic year (of --section, or whose sections to issue; default: the current one).")
    String year;

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "DIR", description = "The folder to write to (created if missing).")
    Path folder;

    @Option(names = "--locale", paramLabel = "LANG", description = "en or it (default: each student's or the college's language).")
    String locale;

    @Option(names = "--threads", paramLabel = "N", description = "Portfolios made at once (default: the number of cores).")
    Integer threads;

    PortfolioBatchCommand(CliRuntime runtime) {
        super(runtime);
    }

    @Override
    int run(AppServices services) {
        PortfolioIssuing.checkLocale(locale);
        PortfolioIssuer issuer = services.portfolioIssuer();
        PortfolioIssuing.warmUpInBackground(issuer);
        CollegeContext context = signIn.college(services, runtime);
        CollegeContext.require(context, Permission.PORTFOLIO_ISSUE);
        SealKey key = seal.load(runtime, services.collegeCode(context));
        List<SectionView> sections = sections(services, context);
        Map<String, Long> students = new java.util.LinkedHashMap<>();
        sections.forEach(s -> students.putAll(students(services, context, s.id())));
        List<BatchItem> items = new ArrayList<>();
        students.keySet().forEach(number -> items.add(new BatchItem(number, folder.resolve(fileName(number)))));
        createFolder();
        int workers = threads != null ? Math.max(1, threads) : Runtime.getRuntime().availableProcessors();
        Batch batch = Batch.start(items, (item, out) -> out.write(
                issuer.issue(context, students.get(item.key()), locale, key).pdf()), workers, progress());
        Thread cancelOnInterrupt = new Thread(() -> finishInFlight(batch), "portfolio-batch-cancel");
        Runtime.getRuntime().addShutdownHook(cancelOnInterrupt);
        BatchReport report = await(batch);
        Runtime.getRuntime().removeShutdownHook(cancelOnInterrupt);
        return summarise(report, section != null ? sections.get(0).code()
                : ReportCommand.ReportRun.year(services, context, year).code());
    }

    /** The section named, or every section of the academic year. */
    private List<SectionView> sections(AppServices services, CollegeContext context) {
        if (section != null) {
            return List.of(ReportCommand.ReportRun.section(services, context, section, year));
        }
        return services.sections().listByYear(context, ReportCommand.ReportRun.year(services, context, year).id());
    }

    /** The section's students (within the caller's scope), by number, read a page at a time. */
    private static Map<String, Long> students(AppServices services, CollegeContext context, long sectionId) {
        Map<String, Long> byNumber = new java.util.LinkedHashMap<>();
        StudentQuery query = new StudentQuery(null, null, sectionId, null, StudentSort.NUMBER);
        String after = null;
        do {
            Page<StudentRow> page = services.studentSearch().search(context, query, new PageRequest(500, after));
            page.items().forEach(s -> byNumber.put(s.studentNumber(), s.id()));
            after = page.nextCursor();
        } while (after != null);
        return byNumber;
    }

    /** Student numbers become file names; characters a file system may refuse become underscores. */
    static String fileName(String studentNumber) {
        return studentNumber.replaceAll("[^A-Za-z0-9._-]", "_") + ".pdf";
    }

    private void createFolder() {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new InvalidInputException("cli.file.unwritable", folder, e.getClass().getSimpleName());
        }
    }

    private BatchListener progress() {
        return (item, done, total, failure) -> {
            synchronized (runtime.err()) {
                runtime.err().printf("\r%s", I18n.tr("cli.portfolio.batch.progress", done, total));
                runtime.err().flush();
            }
        };
    }

    private static void finishInFlight(Batch batch) {
        batch.cancel();
        try {
            batch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static BatchReport await(Batch batch) {
        try {
            return batch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            batch.cancel();
            throw new IllegalStateException("Interrupted while issuing portfolios", e);
        }
    }

    private int summarise(BatchReport report, String what) {
        runtime.err().println();
        runtime.out().println(I18n.tr("cli.portfolio.batch.done", report.written().size(), what,
                folder.toAbsolutePath(), report.failed().size(), report.cancelled().size()));
        for (BatchReport.Failure failure : report.failed()) {
            LOG.warn("Portfolio of {} not issued", failure.item().key(), failure.error());
            runtime.out().println("  " + I18n.tr("cli.portfolio.batch.failed", failure.item().key(), reason(failure.error())));
        }
        return report.complete() ? ExitCodes.OK : ExitCodes.FAILURE;
    }

    private static String reason(Throwable error) {
        if (error instanceof StudentHubException known) {
            return known.errorCode() + ": " + I18n.tr(known.messageKey(), known.args());
        }
        return I18n.tr("cli.portfolio.batch.unexpected", error.getClass().getSimpleName());
    }
}
