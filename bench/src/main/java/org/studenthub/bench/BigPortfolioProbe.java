package org.studenthub.bench;

import java.io.File;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Locale;
import org.studenthub.core.portfolio.PortfolioContent;
import org.studenthub.reporting.portfolio.PortfolioRenderer;
import org.studenthub.reporting.portfolio.RenderedPortfolio;
import org.studenthub.reporting.seal.PdfSealer;
import org.studenthub.reporting.seal.SealAlgorithm;
import org.studenthub.reporting.seal.SealAppearance;
import org.studenthub.reporting.seal.SealCertificates;
import org.studenthub.reporting.template.Templates;

/**
 * Renders and seals one portfolio of {@value #ACHIEVEMENTS} achievements, each with its own picture, in a JVM whose
 * heap is limited to {@value #HEAP_MB} MB: it passes when it completes there. Prints pages, size and the heap's peak
 * use. Run by {@link BatchBench} as a child process.
 */
final class BigPortfolioProbe {
    static final int ACHIEVEMENTS = 100;
    static final int HEAP_MB = 256;

    private BigPortfolioProbe() {}

    public static void main(String[] args) throws Exception {
        PortfolioContent content = PortfolioBench.content(PortfolioBench.previews(ACHIEVEMENTS), ACHIEVEMENTS);
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
        RenderedPortfolio rendered = new PortfolioRenderer(new Templates()).render(content, Locale.UK);
        byte[] sealed = new PdfSealer().seal(rendered.pdf(), SealCertificates.selfSigned("Università Demo di Bologna",
                SealAlgorithm.RSA_3072, 3, Instant.now()), SealAppearance.of("Università Demo di Bologna"));
        long peak = ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        System.out.printf(Locale.ROOT, "pages=%d bytes=%d peakHeapMb=%.1f%n", rendered.pages(), sealed.length,
                peak / 1_048_576.0);
    }

    /** Runs the probe in a child JVM with {@code -Xmx256m}; the value is the peak heap use it reports. */
    static Result measureInChildJvm() throws Exception {
        String java = System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
        Process process = new ProcessBuilder(java, "-Xmx" + HEAP_MB + "m", "-XX:+UseSerialGC", "-Djava.awt.headless=true",
                "-cp", System.getProperty("java.class.path"), BigPortfolioProbe.class.getName())
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int exit = process.waitFor();
        String line = output.lines().filter(l -> l.startsWith("pages=")).findFirst().orElse("");
        if (exit != 0 || line.isEmpty()) {
            return new Result("portfolio_100_pictures_peak_heap_mb", Double.NaN, "MB", HEAP_MB, HEAP_MB, true, "none",
                    ACHIEVEMENTS, "did not complete within -Xmx" + HEAP_MB + "m (exit " + exit + "): "
                    + output.lines().filter(l -> l.contains("Error") || l.contains("Exception")).findFirst().orElse(""));
        }
        int pages = Integer.parseInt(line.replaceAll(".*pages=(\\d+).*", "$1"));
        double peak = Double.parseDouble(line.replaceAll(".*peakHeapMb=([0-9.]+).*", "$1"));
        long bytes = Long.parseLong(line.replaceAll(".*bytes=(\\d+).*", "$1"));
        return new Result("portfolio_100_pictures_peak_heap_mb", peak, "MB", HEAP_MB, HEAP_MB, true, "none", pages,
                String.format(Locale.ROOT, "one portfolio of %d achievements with %d pictures, %d pages, %.1f MB,"
                        + " rendered and sealed in a JVM limited to -Xmx%dm (completing is the test); value: peak heap"
                        + " use; baseline: the limit", ACHIEVEMENTS, ACHIEVEMENTS, pages, bytes / 1_048_576.0, HEAP_MB));
    }
}
