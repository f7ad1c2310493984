package org.studenthub.reporting.portfolio;

import java.awt.Color;
import java.awt.Font;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.studenthub.core.achievement.ApproverKind;
import org.studenthub.core.achievement.Level;
import org.studenthub.core.demo.DemoCertificate;
import org.studenthub.core.portfolio.CollegeBranding;
import org.studenthub.core.portfolio.PortfolioContent;

/** Portfolio contents built in memory (no database), for rendering tests, the look check and the bench. */
public final class PortfolioSamples {
    private static final String[][] CATEGORIES = {
        {"academic", "Academic", "1", "40"}, {"competition", "Competition", "2", "40"},
        {"technical", "Technical", "5", "40"}, {"volunteering", "Volunteering or community service", "9", "30"}};
    private static final LocalDate FIRST = LocalDate.of(2026, 10, 30);

    private PortfolioSamples() {}

    /**
     * A student with accents, Greek and Devanagari in names and titles, {@code achievements} approved achievements in
     * four categories, one picture each when {@code pictures}, and a PDF certificate on every {@code pdfEvery}-th
     * (0: none).
     */
    public static PortfolioContent content(int achievements, boolean pictures, int pdfEvery) {
        List<PortfolioContent.Achievement> list = new ArrayList<>();
        for (int i = 0; i < achievements; i++) {
            String[] category = CATEGORIES[i % CATEGORIES.length];
            List<PortfolioContent.Evidence> evidence = new ArrayList<>();
            String title = title(i);
            if (pictures) {
                evidence.add(new PortfolioContent.Evidence(1000 + i, "photo-" + i + ".jpg", "image/jpeg",
                        "%064x".formatted(i), picture(i)));
            }
            if (pdfEvery > 0 && i % pdfEvery == 0) {
                evidence.add(new PortfolioContent.Evidence(2000 + i, "certificate-" + i + ".pdf", "application/pdf",
                        "%064x".formatted(1000 + i), DemoCertificate.pdf("Certificate " + (i + 1), "Niccolo Papadopoulos")));
            }
            list.add(new PortfolioContent.Achievement(100 + i, 3, category[0], category[1],
                    Integer.parseInt(category[2]), Integer.parseInt(category[3]), Level.values()[i % 5], title,
                    i % 3 == 2 ? null : "Σύντομη περιγραφή — a short account of what was done, with the results"
                            + " and what the student learned (प्रमाणपत्र).",
                    i % 2 == 0 ? "Università di Bologna" : null, i % 4 == 1 ? "Regional programming contest" : null,
                    FIRST.minusDays(9L * i), i % 5 == 0 ? FIRST.minusDays(9L * i - 2) : null, 5 + (i % 4) * 5,
                    Instant.parse("2026-11-02T10:15:30Z"), i % 3 == 0 ? null : "Maria Giuseppina Cattaneo",
                    ApproverKind.values()[1 + i % 4], evidence));
        }
        list.sort(java.util.Comparator.comparingInt(PortfolioContent.Achievement::categoryRank)
                .thenComparing(PortfolioContent.Achievement::startsOn, java.util.Comparator.reverseOrder()));
        return new PortfolioContent(new PortfolioContent.College(1, "DEMO", "Istituto Tecnico Superiore «Leonardo da Vinci»",
                "it", "Europe/Rome", new CollegeBranding(logo(), "image/png", "#7A1F2B", "#C9962B")),
                new PortfolioContent.Student(7, "S0000001", "Niccolò", "Παπαδόπουλος-शर्मा", null,
                        "Informatica", "Laurea triennale", "3ª A informatica", photo()),
                list);
    }

    private static String title(int i) {
        String[] titles = {"Robotics hackathon, first place", "Μαθηματική Ολυμπιάδα — silver medal",
            "गणित प्रतियोगिता (mathematics contest)", "Weekend tutoring at the city library",
            "Cloud practitioner certificate", "Città della Scienza: science fair exhibitor"};
        return titles[i % titles.length];
    }

    static byte[] picture(int seed) {
        BufferedImage image = new BufferedImage(480, 360, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setPaint(new GradientPaint(0, 0, new Color(0x2E5E8C + seed * 1500), 480, 360, new Color(0xE8D8A8)));
        g.fillRect(0, 0, 480, 360);
        g.setColor(Color.WHITE);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 36));
        g.drawString("Evidence " + (seed + 1), 40, 190);
        g.dispose();
        return encode(image, "jpg");
    }

    private static byte[] logo() {
        BufferedImage image = new BufferedImage(240, 240, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(new Color(0x7A1F2B));
        g.fillOval(10, 10, 220, 220);
        g.setColor(new Color(0xC9962B));
        g.fillOval(40, 40, 160, 160);
        g.setColor(Color.WHITE);
        g.setFont(new Font(Font.SERIF, Font.BOLD, 90));
        g.drawString("L", 88, 152);
        g.dispose();
        return encode(image, "png");
    }

    private static byte[] photo() {
        BufferedImage image = new BufferedImage(300, 375, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(new Color(0xDCE3EA));
        g.fillRect(0, 0, 300, 375);
        g.setColor(new Color(0x8A9BAE));
        g.fillOval(95, 70, 110, 130);
        g.fillRoundRect(45, 215, 210, 200, 90, 90);
        g.dispose();
        return encode(image, "jpg");
    }

    private static byte[] encode(BufferedImage image, String format) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, format, out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
