package org.studenthub.reporting.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The cover's QR code is found and read by a scanner, whatever the link it carries. */
class QrCodeTest {

    /** Links whose plain level-M or level-Q code ZXing's detector cannot find (seen while issuing portfolios). */
    @ParameterizedTest
    @ValueSource(strings = {
        "studenthub://verify?college=DEMO&credential=01ce0b78-d040-13ca-3cc7-6fc557f92796"
            + "&sha256=9e8b5fe0473e43eba7d28ec683c875a6ec5220805ce51e3ba5907f533eca314b",
        "studenthub://verify?college=DEMO&credential=353e0b46-e91a-ddfc-e15f-18764de26865"
            + "&sha256=1b27c129e0eefa6f170833a3fbed1e52621f3e02887688a70aa995a12aa0745f",
        "studenthub://verify?college=DEMO&credential=1265d055-6fe5-447b-9537-a8b0694153bd"
            + "&sha256=2d192ef3612024647f4af07100f6c7029eb5f14dbe992bbe173f88c452650d4d"})
    void aCodeTheDetectorMissesIsReplacedByOneItFinds(String link) throws Exception {
        BufferedImage picture = ImageIO.read(new ByteArrayInputStream(QrCode.png(link)));
        int width = picture.getWidth();
        int height = picture.getHeight();
        int[] pixels = picture.getRGB(0, 0, width, height, null, 0, width);

        String read = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
                new RGBLuminanceSource(width, height, pixels))), Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();

        assertThat(read).isEqualTo(link);
        assertThat(width % QrCode.PIXELS_PER_MODULE).isZero();
    }
}
