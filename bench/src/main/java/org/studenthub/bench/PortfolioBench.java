package org.studenthub.bench;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import javax.imageio.ImageIO;
import org.studenthub.core.achievement.ApproverKind;
import org.studenthub.core.achievement.Level;
import org.studenthub.core.achievement.evidence.EvidenceInspector;
import org.studenthub.core.achievement.evidence.EvidenceLimits;
import org.studenthub.core.portfolio.CollegeBranding;
import org.studenthub.core.portfolio.PortfolioContent;
import org.studenthub.reporting.portfolio.PortfolioRenderer;
import org.studenthub.reporting.template.Templates;

/**
 * Rendering one portfolio of 20 approved achievements with 20 evidence pictures (real previews made by the evidence
 * checks from 3000 x 2000 photos), signing excluded: p95 warm (target <= 300 ms) beside the baseline of the same
 * portfolio without any picture, and the first one in the process (target <= 1.5 s; a fresh process when run with
 * {@code --only portfolio}). No database: reading the content is the portfolio source's own cost.
 */
final class PortfolioBench {
    private static final double WARM_TARGET_MS = 300;
    private static final double FIRST_TARGET_MS = 1_500;
    private static final int ACHIEVEMENTS = 20;

    private PortfolioBench() {}

    static List<Result> run(int rounds) throws IOException {
        PortfolioContent withPictures = content(previews());
        PortfolioContent withoutPictures = content(null);
        PortfolioRenderer renderer = new PortfolioRenderer(new Templates());
        long start = System.nanoTime();
        int pages = renderer.render(withPictures, Locale.UK).pages();
        double firstMs = Stats.millisSince(start);
        int warmUp = Math.max(5, rounds / 4);
        double[] render = new double[rounds];
        double[] baseline = new double[rounds];
        long bytes = 0;
        for (int i = -warmUp; i < rounds; i++) {
            start = System.nanoTime();
            bytes = renderer.render(withPictures, Locale.UK).pdf().length;
            double renderMs = Stats.millisSince(start);
            start = System.nanoTime();
            renderer.render(withoutPictures, Locale.UK);
            double baselineMs = Stats.millisSince(start);
            if (i >= 0) {
                render[i] = renderMs;
                baseline[i] = baselineMs;
            }
        }
        String note = String.format(Locale.ROOT, "%d achievements, %d pictures, %d pages, %.1f MB PDF; baseline: the"
                + " same portfolio without pictures (fill, export, JSON and PDFBox steps alike)", ACHIEVEMENTS,
                ACHIEVEMENTS, pages, bytes / 1_048_576.0);
        return List.of(
                new Result("portfolio_render_20_images_p50_ms", Stats.median(render), "ms", Stats.median(baseline),
                        WARM_TARGET_MS, true, "none", bytes, note),
                new Result("portfolio_render_20_images_p95_ms", Stats.percentile(render, 95), "ms",
                        Stats.percentile(baseline, 95), WARM_TARGET_MS, true, "none", bytes, note),
                new Result("portfolio_render_first_in_process_ms", firstMs, "ms", Stats.median(render),
                        FIRST_TARGET_MS, true, "none", bytes,
                        "first portfolio in the process (templates, fonts and classes loaded); baseline: warm p50"));
    }

    /** Twenty previews as the evidence checks make them from camera-sized photos. */
    static List<byte[]> previews() throws IOException {
        return previews(ACHIEVEMENTS);
    }

    static List<byte[]> previews(int count) throws IOException {
        EvidenceInspector inspector = new EvidenceInspector(EvidenceLimits.DEFAULTS);
        List<byte[]> previews = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            previews.add(inspector.inspect("photo-" + i + ".jpg", photo(i), 0).thumbnailJpeg());
        }
        return previews;
    }

    private static byte[] photo(int seed) throws IOException {
        Random random = new Random(seed);
        BufferedImage image = new BufferedImage(3000, 2000, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        for (int i = 0; i < 400; i++) {
            g.setColor(new Color(random.nextInt(0xFFFFFF)));
            g.fillOval(random.nextInt(3000), random.nextInt(2000), 50 + random.nextInt(400), 50 + random.nextInt(400));
        }
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "jpg", out);
        return out.toByteArray();
    }

    static PortfolioContent content(List<byte[]> previews) {
        return content(previews, ACHIEVEMENTS);
    }

    /** A portfolio of {@code count} achievements, each with its own picture when {@code previews} has them. */
    static PortfolioContent content(List<byte[]> previews, int count) {
        String[][] categories = {{"academic", "Academic"}, {"competition", "Competition"}, {"technical", "Technical"},
            {"volunteering", "Volunteering or community service"}};
        List<PortfolioContent.Achievement> achievements = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String[] category = categories[i * categories.length / count];
            List<PortfolioContent.Evidence> evidence = previews == null ? List.of()
                    : List.of(new PortfolioContent.Evidence(i, "photo-" + i + ".jpg", "image/jpeg", "%064x".formatted(i),
                            previews.get(i % previews.size())));
            achievements.add(new PortfolioContent.Achievement(i + 1, 2, category[0], category[1],
                    i * categories.length / count, 40,
                    Level.values()[i % 5], "Achievement number " + (i + 1) + ": regional robotics contest",
                    "Built and programmed a line-following robot with three classmates; second place of 24 teams.",
                    "Università di Bologna", null, LocalDate.of(2026, 10, 1).minusDays(i * 7L), null, 2 + i % 4,
                    Instant.parse("2026-11-02T10:15:30Z"), "Maria Rossi", ApproverKind.HEAD_OF_DEPARTMENT, evidence));
        }
        CollegeBranding branding = previews == null ? CollegeBranding.DEFAULT
                : new CollegeBranding(previews.get(0), "image/jpeg", "#14532D", "#B7791F");
        return new PortfolioContent(new PortfolioContent.College(1, "DEMO", "Università Demo di Bologna", "en",
                "Europe/Rome", branding), new PortfolioContent.Student(1, "S0000001", "Marco", "Mancini", null,
                "Ingegneria Informatica", "Laurea triennale", "1° anno, sezione A", previews == null ? null
                : previews.get(1)), achievements);
    }
}
