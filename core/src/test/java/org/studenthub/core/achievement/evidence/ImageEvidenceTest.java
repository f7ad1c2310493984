package org.studenthub.core.achievement.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.studenthub.core.achievement.evidence.EvidenceInspectorTest.rejected;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Images are decoded once at upload into a bounded JPEG preview; undecodable and oversized ones are refused. */
class ImageEvidenceTest {
    private final EvidenceInspector inspector = new EvidenceInspector(EvidenceLimits.DEFAULTS);

    @ParameterizedTest(name = "{0} {1}x{2} gets a {3}x{4} JPEG preview")
    @CsvSource(textBlock = """
            png,  3200, 1600, 1600,  800
            jpg,  1000, 4000,  400, 1600
            gif,  2000, 1000, 1600,  800
            bmp,   300,  200,  300,  200
            tiff, 1601,  900, 1600,  899
            """)
    void makesAJpegPreviewWithABoundedLongSideKeepingTheAspectRatio(String format, int width, int height,
                                                                     int previewWidth, int previewHeight)
            throws IOException {
        InspectedEvidence evidence = inspector.inspect("photo." + format,
                EvidenceImages.twoColours(format, width, height), 0);

        BufferedImage preview = jpeg(evidence.previewJpeg());
        assertThat(preview.getWidth()).isEqualTo(previewWidth);
        assertThat(preview.getHeight()).isEqualTo(previewHeight);
        assertThat(evidence.activeContent()).isEmpty();
        assertThat(isRed(preview.getRGB(previewWidth / 4, previewHeight / 2))).isTrue();
        assertThat(isBlue(preview.getRGB(previewWidth * 3 / 4, previewHeight / 2))).isTrue();
    }

    @Test
    void makesAnUprightThumbnailWithALongSideOf480ForPortfolios() throws IOException {
        InspectedEvidence photo = inspector.inspect("photo.png", EvidenceImages.twoColours("png", 3200, 1600), 0);
        InspectedEvidence small = inspector.inspect("small.png", EvidenceImages.twoColours("png", 300, 200), 0);
        InspectedEvidence turned = inspector.inspect("photo.jpg", EvidenceImages.jpegTurnedByExif(), 0);

        BufferedImage thumbnail = jpeg(photo.thumbnailJpeg());
        assertThat(thumbnail.getWidth()).isEqualTo(480);
        assertThat(thumbnail.getHeight()).isEqualTo(240);
        assertThat(isRed(thumbnail.getRGB(120, 120))).isTrue();
        assertThat(isBlue(thumbnail.getRGB(360, 120))).isTrue();
        assertThat(photo.thumbnailJpeg().length).isLessThan(photo.previewJpeg().length);
        assertThat(jpeg(small.thumbnailJpeg()).getWidth()).isEqualTo(300);
        BufferedImage upright = jpeg(turned.thumbnailJpeg());
        assertThat(upright.getHeight()).isGreaterThan(upright.getWidth());
        assertThat(isRed(upright.getRGB(upright.getWidth() / 2, upright.getHeight() / 8))).isTrue();
    }

    @Test
    void flattensTransparencyOntoWhite() throws IOException {
        InspectedEvidence evidence = inspector.inspect("logo.png", EvidenceImages.transparentPng(120, 80), 0);

        Color centre = new Color(jpeg(evidence.previewJpeg()).getRGB(60, 40));
        assertThat(centre.getRed()).isGreaterThan(245);
        assertThat(centre.getGreen()).isGreaterThan(245);
        assertThat(centre.getBlue()).isGreaterThan(245);
    }

    @Test
    void turnsAPhoneJpegUprightByItsExifOrientation() throws IOException {
        InspectedEvidence evidence = inspector.inspect("photo.jpg", EvidenceImages.jpegTurnedByExif(), 0);

        BufferedImage preview = jpeg(evidence.previewJpeg());
        assertThat(preview.getWidth()).isEqualTo(200);
        assertThat(preview.getHeight()).isEqualTo(400);
        // stored left half (red) becomes the top once turned clockwise
        assertThat(isRed(preview.getRGB(100, 50))).isTrue();
        assertThat(isBlue(preview.getRGB(100, 350))).isTrue();
    }

    @Test
    void refusesADecompressionBombFromItsHeaderBeforeDecoding() {
        EvidenceRejectedException e = rejected(() ->
                inspector.inspect("tiny.png", EvidenceImages.pngHeaderClaiming(100_000, 100_000), 0));

        assertThat(e.messageKey()).isEqualTo("evidence.image.too_many_pixels");
        assertThat(e.args()).containsExactly("tiny.png", 100_000, 100_000, 100.0);
    }

    @Test
    void refusesAnImageThatCannotBeDecoded() {
        EvidenceRejectedException e = rejected(() -> inspector.inspect("photo.png", EvidenceImages.damagedPng(), 0));

        assertThat(e.messageKey()).isEqualTo("evidence.image.unreadable");
        assertThat(e.args()).containsExactly("photo.png");
    }

    @Test
    void usesTheConfiguredPreviewSizeAndQuality() throws IOException {
        EvidenceLimits limits = new EvidenceLimits(EvidenceLimits.MEGABYTE, EvidenceLimits.MEGABYTE, 100, 0.5f,
                1_000_000);
        InspectedEvidence evidence = new EvidenceInspector(limits).inspect("photo.png",
                EvidenceImages.twoColours("png", 500, 250), 0);

        BufferedImage preview = jpeg(evidence.previewJpeg());
        assertThat(preview.getWidth()).isEqualTo(100);
        assertThat(preview.getHeight()).isEqualTo(50);
    }

    private static BufferedImage jpeg(byte[] bytes) throws IOException {
        assertThat(bytes).startsWith((byte) 0xFF, (byte) 0xD8); // JPEG start-of-image
        return ImageIO.read(new ByteArrayInputStream(bytes));
    }

    private static boolean isRed(int rgb) {
        Color c = new Color(rgb);
        return c.getRed() > 200 && c.getGreen() < 60 && c.getBlue() < 60;
    }

    private static boolean isBlue(int rgb) {
        Color c = new Color(rgb);
        return c.getBlue() > 200 && c.getRed() < 60 && c.getGreen() < 60;
    }
}
