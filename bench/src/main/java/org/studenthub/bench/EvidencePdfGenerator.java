package org.studenthub.bench;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Random;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * A realistic large evidence PDF: an internship report of A4 pages, each with a heading, a paragraph of text and
 * its own photograph (a noisy, textured JPEG that compresses like a real photo), until the file reaches the size
 * asked for.
 */
final class EvidencePdfGenerator {
    private static final String TEXT = "During the internship the student designed, tested and documented a "
            + "monitoring dashboard for the college laboratory, presented weekly progress to the tutor and wrote "
            + "this report, which includes photographs of the prototype, the test bench and the final demonstration.";

    private EvidencePdfGenerator() {}

    static byte[] report(long targetBytes, long seed) throws IOException {
        Random random = new Random(seed);
        try (PDDocument document = new PDDocument()) {
            PDType1Font heading = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
            PDType1Font body = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            long imageBytes = 0;
            for (int number = 1; imageBytes < targetBytes; number++) {
                byte[] photo = photo(random, number);
                imageBytes += photo.length + 2_000; // page text, fonts and structure
                PDPage page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                PDImageXObject image = JPEGFactory.createFromByteArray(document, photo);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.beginText();
                    content.setFont(heading, 16);
                    content.newLineAtOffset(56, 780);
                    content.showText("Internship report, page " + number);
                    content.setFont(body, 10);
                    content.setLeading(14);
                    for (int line = 0; line < 12; line++) {
                        content.newLine();
                        int from = (line * 37) % (TEXT.length() - 90);
                        content.showText(TEXT.substring(from, from + 90));
                    }
                    content.endText();
                    content.drawImage(image, 56, 120, 480, 360);
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }

    /** A 1200 x 900 "photograph": colour gradients, shapes and sensor noise, about 250 KB as JPEG. */
    private static byte[] photo(Random random, int number) throws IOException {
        BufferedImage image = new BufferedImage(1200, 900, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setPaint(new java.awt.GradientPaint(0, 0, new Color(random.nextInt(0xFFFFFF)), 1200, 900,
                new Color(random.nextInt(0xFFFFFF))));
        g.fillRect(0, 0, 1200, 900);
        for (int i = 0; i < 40; i++) {
            g.setColor(new Color(random.nextInt(0xFFFFFF)));
            g.fillOval(random.nextInt(1200), random.nextInt(900), 40 + random.nextInt(300), 40 + random.nextInt(300));
        }
        g.setColor(Color.WHITE);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 48));
        g.drawString("Prototype, photo " + number, 60, 840);
        g.dispose();
        for (int y = 0; y < 900; y++) {
            for (int x = 0; x < 1200; x++) {
                int noise = random.nextInt(41) - 20;
                int rgb = image.getRGB(x, y);
                image.setRGB(x, y, shift(rgb >> 16, noise) << 16 | shift(rgb >> 8, noise) << 8 | shift(rgb, noise));
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "jpg", out);
        return out.toByteArray();
    }

    private static int shift(int channel, int noise) {
        return Math.max(0, Math.min(255, (channel & 0xFF) + noise));
    }
}
