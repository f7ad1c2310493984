package org.studenthub.reporting.seal;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.Binarizer;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.ReaderException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.GlobalHistogramBinarizer;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Reads the QR code a person would scan: the page is rendered with PDFBox, as a viewer shows it, and decoded
 * with ZXing, the whole page first and then each part of it, as a person points a phone at the code (other marks
 * on the page, such as the round seal, can look like a QR code's corner squares to a reader of the whole page).
 * Resolutions from coarse (fast) to fine, each with two ways of telling black from white.
 */
final class QrCodeReader {
    private static final List<Float> DPIS = List.of(100f, 150f, 200f, 300f);
    private static final Map<DecodeHintType, Object> HINTS = Map.of(
            DecodeHintType.TRY_HARDER, Boolean.TRUE,
            DecodeHintType.POSSIBLE_FORMATS, List.of(BarcodeFormat.QR_CODE),
            DecodeHintType.CHARACTER_SET, "UTF-8");

    private QrCodeReader() {}

    static Optional<String> read(PDDocument document, int pageIndex) {
        if (document.getNumberOfPages() <= pageIndex) {
            return Optional.empty();
        }
        PDFRenderer renderer = new PDFRenderer(document);
        for (float dpi : DPIS) {
            try {
                BufferedImage page = renderer.renderImageWithDPI(pageIndex, dpi, ImageType.RGB);
                for (BufferedImage part : parts(page)) {
                    Optional<String> text = decode(part);
                    if (text.isPresent()) {
                        return text;
                    }
                }
            } catch (IOException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** The page, then its halves and quarters, overlapping so that a code on a border is whole in one of them. */
    private static List<BufferedImage> parts(BufferedImage page) {
        List<BufferedImage> parts = new java.util.ArrayList<>();
        parts.add(page);
        int width = page.getWidth();
        int height = page.getHeight();
        for (int row = 0; row < 3; row++) {
            for (int column = 0; column < 3; column++) {
                int x = column * width / 4;
                int y = row * height / 4;
                parts.add(page.getSubimage(x, y, Math.min(width / 2, width - x), Math.min(height / 2, height - y)));
            }
        }
        return parts;
    }

    private static Optional<String> decode(BufferedImage image) {
        int width = image.getWidth();
        int height = image.getHeight();
        int[] pixels = image.getRGB(0, 0, width, height, null, 0, width);
        RGBLuminanceSource source = new RGBLuminanceSource(width, height, pixels);
        for (Binarizer binarizer : List.of(new HybridBinarizer(source), new GlobalHistogramBinarizer(source))) {
            try {
                return Optional.of(new QRCodeReader().decode(new BinaryBitmap(binarizer), HINTS).getText());
            } catch (ReaderException e) {
                // not readable this way: try the next
            }
        }
        return Optional.empty();
    }
}
