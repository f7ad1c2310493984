package org.studenthub.reporting.portfolio;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.EncodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.ReaderException;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A QR code as a black-on-white picture, {@value #PIXELS_PER_MODULE} pixels per module, so that viewers and
 * printers that smooth scaled pictures still draw sharp modules, with the standard quiet zone of four modules;
 * error correction level Q where it reads back (a quarter of the code may be damaged or smudged and it still reads).
 */
final class QrCode {
    static final int PIXELS_PER_MODULE = 8;
    private static final List<ErrorCorrectionLevel> LEVELS =
            List.of(ErrorCorrectionLevel.Q, ErrorCorrectionLevel.H, ErrorCorrectionLevel.M);

    private QrCode() {}

    /**
     * The code as PNG bytes: lossless, so its edges stay sharp (an AWT image handed to JasperReports would be
     * stored as JPEG, whose ringing around the modules makes scanners misread the code).
     */
    static byte[] png(String text) {
        try (java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream()) {
            javax.imageio.ImageIO.write(of(text), "png", out);
            return out.toByteArray();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * The code for {@code text}, checked by reading it back the way a scan of the page is read (finding the code
     * in the picture, not assuming the picture is the code): ZXing's detector misses 2-4% of perfectly drawn
     * codes, depending on their content, so each candidate is read before it is used, and another mask or level
     * is taken when it does not read back.
     */
    static BufferedImage of(String text) {
        for (ErrorCorrectionLevel level : LEVELS) {
            for (int mask = -1; mask < 8; mask++) {
                BufferedImage image = draw(encode(text, level, mask));
                if (readsBack(image, text)) {
                    return image;
                }
            }
        }
        throw new IllegalStateException("no QR code for the verification link reads back");
    }

    private static BitMatrix encode(String text, ErrorCorrectionLevel level, int mask) {
        Map<EncodeHintType, Object> hints = new EnumMap<>(EncodeHintType.class);
        hints.put(EncodeHintType.ERROR_CORRECTION, level);
        hints.put(EncodeHintType.MARGIN, 4);
        if (mask >= 0) {
            hints.put(EncodeHintType.QR_MASK_PATTERN, mask);
        }
        try {
            return new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0, hints);
        } catch (WriterException e) {
            throw new IllegalStateException("the verification link does not fit a QR code", e);
        }
    }

    private static BufferedImage draw(BitMatrix matrix) {
        int scale = PIXELS_PER_MODULE;
        BufferedImage image = new BufferedImage(matrix.getWidth() * scale, matrix.getHeight() * scale,
                BufferedImage.TYPE_BYTE_BINARY);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
            g.setColor(Color.BLACK);
            for (int y = 0; y < matrix.getHeight(); y++) {
                for (int x = 0; x < matrix.getWidth(); x++) {
                    if (matrix.get(x, y)) {
                        g.fillRect(x * scale, y * scale, scale, scale);
                    }
                }
            }
        } finally {
            g.dispose();
        }
        return image;
    }

    private static boolean readsBack(BufferedImage image, String text) {
        int width = image.getWidth();
        int height = image.getHeight();
        int[] pixels = image.getRGB(0, 0, width, height, null, 0, width);
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(width, height, pixels)));
        try {
            return text.equals(new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE))
                    .getText());
        } catch (ReaderException e) {
            return false;
        }
    }
}
