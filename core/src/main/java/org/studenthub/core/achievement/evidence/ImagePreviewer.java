package org.studenthub.core.achievement.evidence;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.studenthub.core.common.HeadlessImaging;

/**
 * Turns an uploaded image into the JPEG preview that reports use: upright (EXIF orientation), transparency
 * flattened onto white, the long side bounded, never enlarged. The declared size is read from the header first and
 * absurd pixel counts are refused before anything is decoded; large images are decoded subsampled, so memory stays
 * near twice the preview size whatever the original.
 */
@HeadlessImaging("evidence images are decoded, scaled and encoded as JPEG previews")
final class ImagePreviewer {
    private static final Logger LOG = LoggerFactory.getLogger(ImagePreviewer.class);

    private final EvidenceLimits limits;

    ImagePreviewer(EvidenceLimits limits) {
        this.limits = limits;
    }

    /** Long side of the thumbnail portfolios print (about 300 dpi across their 112-point picture boxes). */
    static final int THUMBNAIL_LONG_SIDE = 480;

    /** The preview and the thumbnail of an uploaded picture, both upright JPEGs on white. */
    Pictures pictures(String fileName, EvidenceType type, byte[] content) {
        BufferedImage decoded = decode(fileName, content);
        int orientation = type == EvidenceType.JPEG ? ExifOrientation.of(content) : ExifOrientation.NORMAL;
        BufferedImage preview = render(decoded, orientation);
        return new Pictures(encodeJpeg(fileName, preview),
                encodeJpeg(fileName, fit(preview, THUMBNAIL_LONG_SIDE)));
    }

    /** The two JPEGs made from one picture. */
    record Pictures(byte[] preview, byte[] thumbnail) {}

    private BufferedImage decode(String fileName, byte[] content) {
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(content))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new EvidenceRejectedException("evidence.image.unreadable", fileName);
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                refuseAbsurdSize(fileName, width, height);
                ImageReadParam param = reader.getDefaultReadParam();
                int step = subsampling(Math.max(width, height));
                param.setSourceSubsampling(step, step, 0, 0);
                return reader.read(0, param);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof EvidenceRejectedException rejected) {
                throw rejected;
            }
            LOG.info("image evidence {} could not be decoded: {}", fileName, e.toString());
            throw new EvidenceRejectedException("evidence.image.unreadable", e, fileName);
        }
    }

    private void refuseAbsurdSize(String fileName, int width, int height) {
        if (width <= 0 || height <= 0) {
            throw new EvidenceRejectedException("evidence.image.unreadable", fileName);
        }
        if ((long) width * height > limits.maxImagePixels()) {
            throw new EvidenceRejectedException("evidence.image.too_many_pixels", fileName, width, height,
                    limits.maxImagePixels() / 1_000_000.0);
        }
    }

    /** Keep every n-th pixel so the decoded long side stays at least twice the preview's, for a clean reduction. */
    private int subsampling(int longSide) {
        return Math.max(1, longSide / (2 * limits.previewLongSidePixels()));
    }

    /** Scales to the preview size onto a white RGB canvas, then turns the picture upright. */
    private BufferedImage render(BufferedImage source, int orientation) {
        BufferedImage current = fit(source, limits.previewLongSidePixels());
        return orientation == ExifOrientation.NORMAL ? current : upright(current, orientation);
    }

    /** Scales down (never up) so that the long side is at most {@code maxLongSide}, onto a white RGB canvas. */
    private static BufferedImage fit(BufferedImage source, int maxLongSide) {
        BufferedImage current = source;
        int longSide = Math.max(source.getWidth(), source.getHeight());
        double scale = Math.min(1.0, maxLongSide / (double) longSide);
        int targetWidth = Math.max(1, (int) Math.round(source.getWidth() * scale));
        int targetHeight = Math.max(1, (int) Math.round(source.getHeight() * scale));
        // halving steps keep bilinear filtering from skipping pixels on large reductions
        while (current.getWidth() / 2 >= targetWidth && current.getHeight() / 2 >= targetHeight) {
            current = scaledOnWhite(current, current.getWidth() / 2, current.getHeight() / 2);
        }
        return scaledOnWhite(current, targetWidth, targetHeight);
    }

    private static BufferedImage scaledOnWhite(BufferedImage source, int width, int height) {
        BufferedImage canvas = whiteCanvas(width, height);
        Graphics2D g = canvas.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.drawImage(source, 0, 0, width, height, null);
        } finally {
            g.dispose();
        }
        return canvas;
    }

    /** Applies EXIF orientation 2 to 8: mirrors and quarter turns, without resampling. */
    private static BufferedImage upright(BufferedImage image, int orientation) {
        int w = image.getWidth();
        int h = image.getHeight();
        // AffineTransform(m00, m10, m01, m11, m02, m12): x' = m00 x + m01 y + m02, y' = m10 x + m11 y + m12
        AffineTransform t = switch (orientation) {
            case 2 -> new AffineTransform(-1, 0, 0, 1, w, 0);   // mirrored
            case 3 -> new AffineTransform(-1, 0, 0, -1, w, h);  // upside down
            case 4 -> new AffineTransform(1, 0, 0, -1, 0, h);   // mirrored upside down
            case 5 -> new AffineTransform(0, 1, 1, 0, 0, 0);    // mirrored along the diagonal
            case 6 -> new AffineTransform(0, 1, -1, 0, h, 0);   // to be turned clockwise
            case 7 -> new AffineTransform(0, -1, -1, 0, h, w);  // mirrored along the other diagonal
            case 8 -> new AffineTransform(0, -1, 1, 0, 0, w);   // to be turned anticlockwise
            default -> new AffineTransform();
        };
        boolean quarterTurn = orientation >= 5;
        BufferedImage canvas = whiteCanvas(quarterTurn ? h : w, quarterTurn ? w : h);
        Graphics2D g = canvas.createGraphics();
        try {
            g.drawImage(image, t, null);
        } finally {
            g.dispose();
        }
        return canvas;
    }

    private static BufferedImage whiteCanvas(int width, int height) {
        BufferedImage canvas = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = canvas.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, height);
        } finally {
            g.dispose();
        }
        return canvas;
    }

    private byte[] encodeJpeg(String fileName, BufferedImage image) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(limits.previewJpegQuality());
            writer.setOutput(out);
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new EvidenceRejectedException("evidence.image.unreadable", e, fileName);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }
}
