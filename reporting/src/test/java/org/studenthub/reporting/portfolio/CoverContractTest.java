package org.studenthub.reporting.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.Result;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;
import org.studenthub.reporting.template.Templates;

/** What the seal part relies on: the QR code's text on page 1, and the seal's rectangle left empty. */
class CoverContractTest {
    private static final float DPI = 150;

    @Test
    void theQrCodeOnTheCoverCarriesCollegeCredentialAndContentHash() throws Exception {
        UUID credential = UUID.randomUUID();
        RenderedPortfolio rendered = new PortfolioRenderer(new Templates()).render(PortfolioSamples.content(3, true, 0),
                Locale.UK, credential, LocalDate.of(2026, 11, 21));

        BufferedImage cover = cover(rendered);
        int[] pixels = cover.getRGB(0, 0, cover.getWidth(), cover.getHeight(), null, 0, cover.getWidth());
        Result qr = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
                new RGBLuminanceSource(cover.getWidth(), cover.getHeight(), pixels))));

        assertThat(qr.getText()).isEqualTo("studenthub://verify?college=DEMO&credential=" + credential + "&sha256="
                + rendered.contentSha256());
    }

    @Test
    void nothingIsDrawnInTheRectangleKeptForTheSeal() throws Exception {
        BufferedImage cover = cover(new PortfolioRenderer(new Templates()).render(PortfolioSamples.content(3, true, 0),
                Locale.ITALY));
        double scale = DPI / 72;
        int left = (int) Math.floor(355 * scale);
        int right = (int) Math.ceil((355 + 200) * scale);
        int top = (int) Math.floor((842 - 36 - 72) * scale);
        int bottom = (int) Math.ceil((842 - 36) * scale);

        for (int y = top; y < Math.min(bottom, cover.getHeight()); y++) {
            for (int x = left; x < Math.min(right, cover.getWidth()); x++) {
                assertThat(cover.getRGB(x, y) & 0xFFFFFF).as("pixel %d,%d", x, y).isEqualTo(0xFFFFFF);
            }
        }
    }

    private static BufferedImage cover(RenderedPortfolio rendered) throws Exception {
        try (PDDocument pdf = Loader.loadPDF(rendered.pdf())) {
            return new PDFRenderer(pdf).renderImageWithDPI(0, DPI, ImageType.RGB);
        }
    }
}
