package org.studenthub.app.preview;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** Real files for document tests: PDFs made with PDFBox, PNGs with ImageIO. */
public final class TestDocuments {
    /** The page sizes of {@link #pdf}: each page differs, so a test can tell which one was rendered. */
    public static final PDRectangle[] PAGE_SIZES = {PDRectangle.A4, PDRectangle.LETTER, PDRectangle.A5};

    private TestDocuments() {}

    /** A PDF of three pages (A4, Letter, A5), each with a heading naming its page. */
    public static Path pdf(Path file) throws IOException {
        PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
        PDType1Font plain = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        try (PDDocument document = new PDDocument()) {
            for (int i = 0; i < PAGE_SIZES.length; i++) {
                PDPage page = new PDPage(PAGE_SIZES[i]);
                document.addPage(page);
                float top = PAGE_SIZES[i].getHeight() - 72;
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.setNonStrokingColor(new Color(0x1F, 0x6F, 0xEB));
                    content.addRect(0, top + 30, PAGE_SIZES[i].getWidth(), 42);
                    content.fill();
                    content.setNonStrokingColor(Color.BLACK);
                    content.beginText();
                    content.setFont(bold, 22);
                    content.newLineAtOffset(56, top - 20);
                    content.showText("Transcript of records - page " + (i + 1));
                    content.setFont(plain, 12);
                    content.newLineAtOffset(0, -32);
                    for (String line : new String[] {"Computer Science, first year", "Programming 1: 28/30",
                        "Linear algebra: 30/30 cum laude", "Databases: 27/30"}) {
                        content.showText(line);
                        content.newLineAtOffset(0, -18);
                    }
                    content.endText();
                }
            }
            document.save(file.toFile());
        }
        return file;
    }

    /** A PNG of {@code width} x {@code height} pixels: a coloured card with a circle. */
    public static Path png(Path file, int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0xDD, 0xF4, 0xFF));
        g.fillRect(0, 0, width, height);
        g.setColor(new Color(0x09, 0x69, 0xDA));
        g.fillOval(width / 4, height / 4, width / 2, height / 2);
        g.dispose();
        ImageIO.write(image, "png", file.toFile());
        return file;
    }

    /** A plain text file, which the core does not accept as a document. */
    public static Path text(Path file) throws IOException {
        return Files.writeString(file, "Notes about the student, in plain text.\n");
    }
}
