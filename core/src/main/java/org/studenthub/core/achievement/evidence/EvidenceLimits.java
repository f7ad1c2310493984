package org.studenthub.core.achievement.evidence;

/**
 * Limits applied to evidence files when they are uploaded.
 *
 * @param maxFileBytes          largest accepted file
 * @param maxAchievementBytes   largest total of all files attached to one achievement
 * @param previewLongSidePixels long side of the JPEG preview made from an image (smaller images keep their size)
 * @param previewJpegQuality    JPEG quality of the preview, from 0.1 (small, blocky) to 1.0 (largest)
 * @param maxImagePixels        largest width x height an image may declare; above it the image is refused before
 *                              decoding, so a tiny file claiming a gigantic picture cannot exhaust memory
 */
public record EvidenceLimits(long maxFileBytes, long maxAchievementBytes, int previewLongSidePixels,
                             float previewJpegQuality, long maxImagePixels) {
    public static final long MEGABYTE = 1024L * 1024L;

    /**
     * 20 MB per file and 50 MB per achievement (the defaults); a 1600-pixel preview (about 190 dpi across
     * an A4 page in a portfolio) at quality 0.85; images up to 100 megapixels (a 48-megapixel phone photo and an
     * A4 page scanned at 1200 dpi both fit).
     */
    public static final EvidenceLimits DEFAULTS =
            new EvidenceLimits(20 * MEGABYTE, 50 * MEGABYTE, 1600, 0.85f, 100_000_000L);

    public EvidenceLimits {
        if (maxFileBytes <= 0) {
            throw new IllegalArgumentException("maxFileBytes must be positive: " + maxFileBytes);
        }
        if (maxAchievementBytes < maxFileBytes) {
            throw new IllegalArgumentException("maxAchievementBytes (" + maxAchievementBytes
                    + ") must be at least maxFileBytes (" + maxFileBytes + ")");
        }
        if (previewLongSidePixels < 64 || previewLongSidePixels > 8192) {
            throw new IllegalArgumentException("previewLongSidePixels must be between 64 and 8192: "
                    + previewLongSidePixels);
        }
        if (!(previewJpegQuality >= 0.1f && previewJpegQuality <= 1.0f)) {
            throw new IllegalArgumentException("previewJpegQuality must be between 0.1 and 1.0: "
                    + previewJpegQuality);
        }
        if (maxImagePixels < (long) previewLongSidePixels * previewLongSidePixels) {
            throw new IllegalArgumentException("maxImagePixels (" + maxImagePixels
                    + ") must admit at least a square preview of " + previewLongSidePixels + " pixels");
        }
    }

    /** The defaults with other size limits, as a college configures them. */
    public static EvidenceLimits ofSizes(long maxFileBytes, long maxAchievementBytes) {
        return new EvidenceLimits(maxFileBytes, maxAchievementBytes, DEFAULTS.previewLongSidePixels,
                DEFAULTS.previewJpegQuality, DEFAULTS.maxImagePixels);
    }
}
