package org.studenthub.core.demo;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** A one-page certificate PDF, the evidence demo achievements carry (and tests upload). */
public final class DemoCertificate {
    private DemoCertificate() {}

    /** A landscape A4 certificate naming the achievement and the student. */
    public static byte[] pdf(String title, String student) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage(new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth()));
            document.addPage(page);
            PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
            PDType1Font plain = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            try (PDPageContentStream text = new PDPageContentStream(document, page)) {
                line(text, bold, 30, 120, 460, "Certificate of achievement");
                line(text, plain, 16, 120, 400, "This certifies that");
                line(text, bold, 22, 120, 360, student);
                line(text, plain, 16, 120, 320, "has achieved:");
                line(text, bold, 18, 120, 285, title);
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void line(PDPageContentStream text, PDType1Font font, float size, float x, float y, String value)
            throws IOException {
        text.beginText();
        text.setFont(font, size);
        text.newLineAtOffset(x, y);
        text.showText(value);
        text.endText();
    }
}
