package org.studenthub.reporting.seal;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.GregorianCalendar;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * An unsealed portfolio PDF as the portfolio renderer makes it (see {@link PortfolioContract}): one A4 page with a
 * title and a QR code, the {@code portfolio.json} attachment and the three information keys. Tests build it
 * themselves so the seal can be tested without the renderer.
 */
public final class ContractPdf {
    static final String COLLEGE = "DEMO";

    private static final String JSON = "{\"achievements\":[{\"title\":\"Robotics Olympiad – 1° posto\"}],"
            + "\"student\":{\"name\":\"Chiara Ωmega\",\"number\":\"S-0042\"}}";

    final UUID credential = UUID.fromString("0f8e7c3a-5b1d-4e2f-9a6b-1c2d3e4f5a6b");
    final String json;
    final String sha256;
    public final byte[] pdf;

    private ContractPdf(String json, String declaredSha256, String qrSha256) throws IOException {
        this.json = json;
        this.sha256 = declaredSha256 == null ? sha256(json.getBytes(StandardCharsets.UTF_8)) : declaredSha256;
        this.pdf = build(json, sha256, PortfolioContract.qrText(COLLEGE, credential.toString(),
                qrSha256 == null ? sha256 : qrSha256));
    }

    public static ContractPdf standard() throws IOException {
        return new ContractPdf(JSON, null, null);
    }

    /** A PDF whose QR code names another content hash than the one in the document information. */
    static ContractPdf withQrHash(String qrSha256) throws IOException {
        return new ContractPdf(JSON, null, qrSha256);
    }

    /** A PDF whose information and QR code declare a hash the attachment does not have. */
    static ContractPdf withDeclaredHash(String declaredSha256) throws IOException {
        return new ContractPdf(JSON, declaredSha256, null);
    }

    private byte[] build(String content, String hash, String qrText) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            try (PDPageContentStream out = new PDPageContentStream(doc, page);
                 InputStream font = ContractPdf.class.getResourceAsStream(
                         "/net/sf/jasperreports/fonts/dejavu/DejaVuSans.ttf")) {
                out.beginText();
                out.setFont(PDType0Font.load(doc, font, true), 20);
                out.newLineAtOffset(56, 760);
                out.showText("Portfolio – Chiara Ωmega");
                out.endText();
                drawQr(out, qrText, 56, 560, 120);
            }
            attach(doc, content.getBytes(StandardCharsets.UTF_8));
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle("Portfolio");
            info.setCreationDate(new GregorianCalendar(2026, 10, 21));
            info.setCustomMetadataValue(PortfolioContract.INFO_CREDENTIAL, credential.toString());
            info.setCustomMetadataValue(PortfolioContract.INFO_CONTENT_SHA256, hash);
            info.setCustomMetadataValue(PortfolioContract.INFO_COLLEGE, COLLEGE);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            doc.save(bytes, CompressParameters.NO_COMPRESSION);
            return bytes.toByteArray();
        }
    }

    static void drawQr(PDPageContentStream out, String text, float x, float y, float size) throws IOException {
        try {
            BitMatrix matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.MARGIN, 0));
            float module = size / matrix.getWidth();
            for (int row = 0; row < matrix.getHeight(); row++) {
                for (int column = 0; column < matrix.getWidth(); column++) {
                    if (matrix.get(column, row)) {
                        out.addRect(x + column * module, y + size - (row + 1) * module, module, module);
                    }
                }
            }
            out.fill();
        } catch (WriterException e) {
            throw new IOException(e);
        }
    }

    private static void attach(PDDocument doc, byte[] content) throws IOException {
        PDEmbeddedFile file = new PDEmbeddedFile(doc, new ByteArrayInputStream(content));
        file.setSubtype("application/json");
        file.setSize(content.length);
        PDComplexFileSpecification spec = new PDComplexFileSpecification();
        spec.setFile(PortfolioContract.CONTENT_ATTACHMENT);
        spec.setFileUnicode(PortfolioContract.CONTENT_ATTACHMENT);
        spec.setEmbeddedFile(file);
        spec.setEmbeddedFileUnicode(file);
        PDEmbeddedFilesNameTreeNode tree = new PDEmbeddedFilesNameTreeNode();
        tree.setNames(Map.of(PortfolioContract.CONTENT_ATTACHMENT, spec));
        PDDocumentNameDictionary names = new PDDocumentNameDictionary(doc.getDocumentCatalog());
        names.setEmbeddedFiles(tree);
        doc.getDocumentCatalog().setNames(names);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
