package org.studenthub.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.studenthub.core.portfolio.PortfolioContent;
import org.studenthub.reporting.batch.Batch;
import org.studenthub.reporting.batch.BatchItem;
import org.studenthub.reporting.batch.BatchListener;
import org.studenthub.reporting.batch.BatchReport;
import org.studenthub.reporting.portfolio.PortfolioRenderer;
import org.studenthub.reporting.portfolio.RenderedPortfolio;
import org.studenthub.reporting.seal.PdfSealer;
import org.studenthub.reporting.seal.SealAlgorithm;
import org.studenthub.reporting.seal.SealAppearance;
import org.studenthub.reporting.seal.SealCertificates;
import org.studenthub.reporting.seal.SealKey;
import org.studenthub.reporting.template.Templates;

/**
 * Portfolio batches without the database: the same 20-achievement, 20-picture portfolio rendered, sealed and
 * written atomically (forced to disk) {@value #PORTFOLIOS} times by the batch writer on every core. Target: at least
 * 100 pages and 10 portfolios a second on two cores; baseline: the same batch on one thread. A second measure runs
 * a 100-achievement, 100-picture portfolio in a separate JVM limited to a 256 MB heap ({@link BigPortfolioProbe}).
 */
final class BatchBench {
    static final int PORTFOLIOS = 40;
    private static final int WARM_UP = 30;
    private static final int ROUNDS = 3;
    private static final double PAGES_TARGET = 100;
    private static final double PORTFOLIOS_TARGET = 10;

    private BatchBench() {}

    static List<Result> run(Path scratch) throws Exception {
        PortfolioContent content = PortfolioBench.content(PortfolioBench.previews());
        PortfolioRenderer renderer = new PortfolioRenderer(new Templates());
        SealKey seal = SealCertificates.selfSigned("Università Demo di Bologna", SealAlgorithm.RSA_3072, 3, Instant.now());
        PdfSealer sealer = new PdfSealer();
        int pages = renderer.render(content, Locale.UK).pages();
        int cores = Runtime.getRuntime().availableProcessors();
        // warm the JIT on both paths, then alternate the two set-ups so that neither gets the warmer machine
        runBatch(scratch.resolve("warm-up"), content, renderer, sealer, seal, cores, WARM_UP);
        runBatch(scratch.resolve("warm-up"), content, renderer, sealer, seal, 1, WARM_UP);
        double[] allCoresRuns = new double[ROUNDS];
        double[] oneThreadRuns = new double[ROUNDS];
        for (int round = 0; round < ROUNDS; round++) {
            oneThreadRuns[round] = runBatch(scratch.resolve("one"), content, renderer, sealer, seal, 1, PORTFOLIOS);
            allCoresRuns[round] = runBatch(scratch.resolve("all"), content, renderer, sealer, seal, cores, PORTFOLIOS);
        }
        double allCores = Stats.median(allCoresRuns);
        double oneThread = Stats.median(oneThreadRuns);
        double perSecond = PORTFOLIOS / (allCores / 1000);
        double baselinePerSecond = PORTFOLIOS / (oneThread / 1000);
        String note = String.format(Locale.ROOT, "%d portfolios of %d pages (20 achievements, 20 pictures), rendered,"
                + " sealed (RSA 3072) and written atomically on %d threads, median of %d rounds after a warm-up;"
                + " baseline: the same batch on one thread", PORTFOLIOS, pages, cores, ROUNDS);
        List<Result> results = new ArrayList<>();
        results.add(new Result("batch_pages_per_s", perSecond * pages, "pages/s", baselinePerSecond * pages,
                PAGES_TARGET, false, "none", PORTFOLIOS, note));
        results.add(new Result("batch_portfolios_per_s", perSecond, "portfolios/s", baselinePerSecond,
                PORTFOLIOS_TARGET, false, "none", PORTFOLIOS, note));
        results.add(BigPortfolioProbe.measureInChildJvm());
        return results;
    }

    /** Milliseconds for {@code count} portfolios on {@code threads} threads. */
    private static double runBatch(Path folder, PortfolioContent content, PortfolioRenderer renderer, PdfSealer sealer,
                                   SealKey seal, int threads, int count) throws IOException, InterruptedException {
        Files.createDirectories(folder);
        List<BatchItem> items = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            items.add(new BatchItem("S" + i, folder.resolve("S" + i + ".pdf")));
        }
        SealAppearance appearance = new SealAppearance("Università Demo di Bologna", Locale.UK, ZoneId.of("Europe/Rome"));
        long start = System.nanoTime();
        BatchReport report = Batch.start(items, (item, out) -> {
            RenderedPortfolio rendered = renderer.render(content, Locale.UK);
            out.write(sealer.seal(rendered.pdf(), seal, appearance));
        }, threads, BatchListener.NONE).await();
        double millis = Stats.millisSince(start);
        if (!report.complete()) {
            throw new IllegalStateException("batch failed: " + report.failed());
        }
        return millis;
    }
}
