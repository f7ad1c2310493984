package org.studenthub.reporting.seal;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.ReaderException;
import com.google.zxing.RGBLuminanceSource;
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
 * with ZXing. A coarse rendering is tried first (fast), a finer one when the code is small.
 */
final class QrCodeReader {
    private static final List<Float> DPIS = List.of(150f, 300f);
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
                BufferedImage image = renderer.renderImageWithDPI(pageIndex, dpi, ImageType.RGB);
                return Optional.of(decode(image));
            } catch (ReaderException e) {
                // not found or not readable at this resolution: try the finer rendering
            } catch (IOException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static String decode(BufferedImage image) throws ReaderException {
        int width = image.getWidth();
        int height = image.getHeight();
        int[] pixels = image.getRGB(0, 0, width, height, null, 0, width);
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(width, height, pixels)));
        return new QRCodeReader().decode(bitmap, HINTS).getText();
    }
}
