package org.studenthub.reporting.portfolio;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.multipdf.PDFMergerUtility;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;

/**
 * PDFBox post-processing of the filled portfolio: appends the evidence PDFs, builds the outline (cover, summary,
 * each category, each appendix), embeds {@code portfolio.json} and sets the document information the seal and
 * verifiers read ({@code StudentHubCredential}, {@code StudentHubContentSha256}, {@code StudentHubCollege}).
 */
final class PortfolioPdf {
    /** DejaVu Sans from jasperreports-fonts, the portfolio's own font. */
    private static final String STAMP_FONT = "/net/sf/jasperreports/fonts/dejavu/DejaVuSans.ttf";

    private PortfolioPdf() {}

    /** A bookmark to a page of the portfolio's own part (0-based), in outline order; a child nests under the last top one. */
    record Bookmark(String title, int page, boolean child) {
    }

    /**
     * What goes into the document information dictionary and the outline; {@code owner} ends the line stamped at
     * the top of every appendix page ("Appendix A: certificate.pdf \u00b7 owner").
     */
    record Finish(String title, String author, String subject, String language, Map<String, String> custom,
                  List<Bookmark> bookmarks, String appendicesTitle, String owner) {
    }

    static byte[] finish(byte[] filled, Appendices appendices, PortfolioText text, byte[] json, Finish finish)
            throws IOException {
        try (PDDocument document = Loader.loadPDF(filled)) {
            int ownPages = document.getNumberOfPages();
            append(document, appendices);
            stamp(document, appendices, ownPages, text, finish.owner());
            outline(document, finish, appendices, ownPages, text);
            attach(document, json);
            information(document, finish);
            ByteArrayOutputStream out = new ByteArrayOutputStream(filled.length + json.length + 4096);
            document.save(out);
            return out.toByteArray();
        }
    }

    private static void append(PDDocument document, Appendices appendices) throws IOException {
        PDFMergerUtility merger = new PDFMergerUtility();
        for (Appendices.Appendix appendix : appendices.all()) {
            try (PDDocument evidence = Loader.loadPDF(appendix.evidence().content())) {
                evidence.getDocumentCatalog().setDocumentOutline(null);
                flattenForm(evidence);
                merger.appendDocument(document, evidence);
            }
        }
    }

    /**
     * An evidence PDF's form fields, its signatures included (a university's signed certificate), become plain page
     * content: a signature cannot stay valid inside another document, the portfolio is sealed as a whole, and a
     * signature field carried over would make the portfolio look signed already.
     */
    private static void flattenForm(PDDocument evidence) throws IOException {
        PDAcroForm form = evidence.getDocumentCatalog().getAcroForm();
        if (form != null) {
            form.flatten();
            evidence.getDocumentCatalog().setAcroForm(null);
        }
        evidence.getDocumentCatalog().getCOSObject().removeItem(COSName.PERMS);
    }

    /** A small grey line at the top of each appendix page says which appendix it is and whose portfolio. */
    private static void stamp(PDDocument document, Appendices appendices, int ownPages, PortfolioText text,
                              String owner) throws IOException {
        if (appendices.all().isEmpty()) {
            return;
        }
        PDType0Font font;
        try (InputStream in = PortfolioPdf.class.getResourceAsStream(STAMP_FONT)) {
            font = PDType0Font.load(document, in, true);
        }
        for (Appendices.Appendix appendix : appendices.all()) {
            String line = text.get("appendix.bookmark", appendix.letter(), appendix.evidence().fileName()) + "  \u00b7  "
                    + owner;
            for (int i = 0; i < appendix.pages(); i++) {
                PDPage page = document.getPage(ownPages + appendix.offset() + i);
                PDRectangle box = page.getCropBox();
                try (PDPageContentStream content = new PDPageContentStream(document, page,
                        PDPageContentStream.AppendMode.APPEND, true, true)) {
                    content.beginText();
                    content.setFont(font, 7);
                    content.setNonStrokingColor(0.42f, 0.45f, 0.5f);
                    content.newLineAtOffset(box.getLowerLeftX() + 18, box.getUpperRightY() - 14);
                    content.showText(printable(font, line));
                    content.endText();
                }
            }
        }
    }

    /** The line with every character the stamp font cannot draw (e.g. Devanagari) replaced by "?". */
    private static String printable(PDType0Font font, String line) {
        StringBuilder out = new StringBuilder();
        line.codePoints().forEach(cp -> {
            String character = new String(Character.toChars(cp));
            try {
                font.encode(character);
                out.append(character);
            } catch (IOException | IllegalArgumentException e) {
                out.append('?');
            }
        });
        return out.toString();
    }

    private static void outline(PDDocument document, Finish finish, Appendices appendices, int ownPages,
                                PortfolioText text) {
        PDDocumentOutline outline = new PDDocumentOutline();
        PDOutlineItem top = null;
        for (Bookmark bookmark : finish.bookmarks()) {
            PDOutlineItem item = item(document, bookmark.title(), bookmark.page());
            if (bookmark.child() && top != null) {
                top.addLast(item);
                top.openNode();
            } else {
                outline.addLast(item);
                top = item;
            }
        }
        if (!appendices.all().isEmpty()) {
            PDOutlineItem parent = item(document, finish.appendicesTitle(), ownPages);
            for (Appendices.Appendix appendix : appendices.all()) {
                parent.addLast(item(document, text.get("appendix.bookmark", appendix.letter(),
                        appendix.evidence().fileName()), ownPages + appendix.offset()));
            }
            parent.openNode();
            outline.addLast(parent);
        }
        outline.openNode();
        document.getDocumentCatalog().setDocumentOutline(outline);
    }

    private static PDOutlineItem item(PDDocument document, String title, int page) {
        PDOutlineItem item = new PDOutlineItem();
        item.setTitle(title);
        item.setDestination(document.getPage(Math.min(page, document.getNumberOfPages() - 1)));
        return item;
    }

    private static void attach(PDDocument document, byte[] json) throws IOException {
        PDEmbeddedFile file = new PDEmbeddedFile(document, new java.io.ByteArrayInputStream(json));
        file.setSubtype("application/json");
        file.setSize(json.length);
        file.setCreationDate(new GregorianCalendar());
        PDComplexFileSpecification spec = new PDComplexFileSpecification();
        spec.setFile("portfolio.json");
        spec.setFileUnicode("portfolio.json");
        spec.setEmbeddedFile(file);
        spec.setEmbeddedFileUnicode(file);
        spec.setFileDescription("StudentHub portfolio content (canonical JSON)");
        spec.getCOSObject().setName(COSName.getPDFName("AFRelationship"), "Data");
        PDEmbeddedFilesNameTreeNode tree = new PDEmbeddedFilesNameTreeNode();
        tree.setNames(Map.of("portfolio.json", spec));
        PDDocumentNameDictionary names = new PDDocumentNameDictionary(document.getDocumentCatalog());
        names.setEmbeddedFiles(tree);
        document.getDocumentCatalog().setNames(names);
    }

    private static void information(PDDocument document, Finish finish) {
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(finish.title());
        info.setAuthor(finish.author());
        info.setSubject(finish.subject());
        info.setCreator("StudentHub");
        Calendar now = new GregorianCalendar();
        info.setCreationDate(now);
        info.setModificationDate(now);
        finish.custom().forEach(info::setCustomMetadataValue);
        document.getDocumentCatalog().setLanguage(finish.language());
    }
}
