package org.studenthub.reporting.seal;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceDictionary;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;

/**
 * The visible seal block: a one-page PDF holding the signature field whose appearance PDFBox copies into the
 * sealed document. A round seal mark on the left; on the right "Sealed by", the college name (wrapped, shrunk if
 * long), the sealing time and the start of the seal certificate's fingerprint. Text is set in DejaVu Sans,
 * embedded as a subset ({@link SealFonts}).
 */
final class SealStamp {
    private static final Color INK = new Color(0x1F, 0x3A, 0x5F);
    private static final Color MUTED = new Color(0x55, 0x5F, 0x6B);
    private static final Color PAPER = new Color(0xF4, 0xF7, 0xFB);
    private static final float TEXT_LEFT = 70;
    private static final float PADDING = 6;

    private SealStamp() {}

    /** The template document for {@link org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions}. */
    static byte[] template(PDRectangle pageSize, PDRectangle area, SealAppearance appearance, ZonedDateTime sealedAt,
                           String fingerprintPrefix) {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(pageSize);
            doc.addPage(page);
            PDAcroForm acroForm = new PDAcroForm(doc);
            doc.getDocumentCatalog().setAcroForm(acroForm);
            PDSignatureField field = new PDSignatureField(acroForm);
            PDAnnotationWidget widget = field.getWidgets().get(0);
            acroForm.setSignaturesExist(true);
            acroForm.setAppendOnly(true);
            acroForm.getCOSObject().setDirect(true);
            acroForm.getFields().add(field);
            widget.setRectangle(area);
            widget.setPrinted(true);
            widget.setPage(page);
            page.getAnnotations().add(widget);

            PDFormXObject form = new PDFormXObject(new PDStream(doc));
            form.setResources(new PDResources());
            form.setFormType(1);
            form.setBBox(new PDRectangle(area.getWidth(), area.getHeight()));
            PDAppearanceDictionary dictionary = new PDAppearanceDictionary();
            dictionary.getCOSObject().setDirect(true);
            PDAppearanceStream stream = new PDAppearanceStream(form.getCOSObject());
            dictionary.setNormalAppearance(stream);
            widget.setAppearance(dictionary);
            try (PDPageContentStream content = new PDPageContentStream(doc, stream)) {
                draw(content, doc, area, appearance, sealedAt, fingerprintPrefix);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void draw(PDPageContentStream content, PDDocument doc, PDRectangle area, SealAppearance appearance,
                             ZonedDateTime sealedAt, String fingerprintPrefix) throws IOException {
        float width = area.getWidth();
        float height = area.getHeight();
        content.setNonStrokingColor(PAPER);
        content.setStrokingColor(INK);
        content.setLineWidth(0.8f);
        content.addRect(0.4f, 0.4f, width - 0.8f, height - 0.8f);
        content.fillAndStroke();
        drawMark(content, 35, height / 2, 27);

        PDFont regular = SealFonts.regular(doc);
        PDFont bold = SealFonts.bold(doc);
        float textWidth = width - TEXT_LEFT - PADDING;
        float y = height - PADDING - 7;
        y = line(content, regular, 6.5f, MUTED, y, SealTexts.tr(appearance.locale(), "stamp.sealed_by"));
        float size = 8.5f;
        List<String> name = wrap(appearance.collegeName(), bold, size, textWidth);
        while (name.size() > 2 && size > 6f) {
            size -= 0.5f;
            name = wrap(appearance.collegeName(), bold, size, textWidth);
        }
        name = fit(name, bold, size, textWidth);
        for (String text : name) {
            y = line(content, bold, size, INK, y - 1, text);
        }
        String when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(appearance.locale()).format(sealedAt) + " " + sealedAt.getOffset().getId().replace("Z", "UTC");
        line(content, regular, 6.5f, MUTED, PADDING + 9, when);
        line(content, regular, 5.5f, MUTED, PADDING + 1,
                SealTexts.tr(appearance.locale(), "stamp.fingerprint", fingerprintPrefix));
    }

    /** A round seal: two rings and a check mark. */
    private static void drawMark(PDPageContentStream content, float cx, float cy, float r) throws IOException {
        content.setStrokingColor(INK);
        content.setLineWidth(1.6f);
        circle(content, cx, cy, r - 1);
        content.stroke();
        content.setLineWidth(0.6f);
        circle(content, cx, cy, r - 5);
        content.stroke();
        content.setNonStrokingColor(INK);
        circle(content, cx, cy, r - 9);
        content.fill();
        content.setStrokingColor(Color.WHITE);
        content.setLineWidth(3f);
        content.setLineCapStyle(1);
        content.setLineJoinStyle(1);
        content.moveTo(cx - 8, cy + 0.5f);
        content.lineTo(cx - 2.5f, cy - 5.5f);
        content.lineTo(cx + 9, cy + 7);
        content.stroke();
    }

    private static void circle(PDPageContentStream content, float cx, float cy, float r) throws IOException {
        float k = 0.5523f * r;
        content.moveTo(cx + r, cy);
        content.curveTo(cx + r, cy + k, cx + k, cy + r, cx, cy + r);
        content.curveTo(cx - k, cy + r, cx - r, cy + k, cx - r, cy);
        content.curveTo(cx - r, cy - k, cx - k, cy - r, cx, cy - r);
        content.curveTo(cx + k, cy - r, cx + r, cy - k, cx + r, cy);
        content.closePath();
    }

    private static float line(PDPageContentStream content, PDFont font, float size, Color color, float y, String text)
            throws IOException {
        content.beginText();
        content.setFont(font, size);
        content.setNonStrokingColor(color);
        content.newLineAtOffset(TEXT_LEFT, y);
        content.showText(text);
        content.endText();
        return y - size * 1.2f;
    }

    private static List<String> wrap(String text, PDFont font, float size, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String word : text.strip().split("\\s+")) {
            String candidate = current.isEmpty() ? word : current + " " + word;
            if (current.isEmpty() || widthOf(candidate, font, size) <= width) {
                current.setLength(0);
                current.append(candidate);
            } else {
                lines.add(current.toString());
                current.setLength(0);
                current.append(word);
            }
        }
        lines.add(current.toString());
        return lines;
    }

    /** At most two lines, each within the width; what does not fit ends in an ellipsis. */
    private static List<String> fit(List<String> lines, PDFont font, float size, float width) throws IOException {
        List<String> fitted = new ArrayList<>();
        for (int i = 0; i < Math.min(2, lines.size()); i++) {
            String text = lines.get(i);
            boolean cut = i == 1 && lines.size() > 2;
            while (!text.isEmpty() && widthOf(cut ? text + "…" : text, font, size) > width) {
                text = text.substring(0, text.length() - 1).stripTrailing();
                cut = true;
            }
            fitted.add(cut ? text + "…" : text);
        }
        return fitted;
    }

    private static float widthOf(String text, PDFont font, float size) throws IOException {
        return font.getStringWidth(text) / 1000 * size;
    }
}
