package org.studenthub.core.achievement.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Locale;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Size limits, type detection by content, names and hashing of evidence files. */
class EvidenceInspectorTest {
    private static final String ALLOWED = "PDF, PNG, JPEG, GIF, BMP, TIFF";
    private static final long KB = 1024;
    private final EvidenceInspector inspector = new EvidenceInspector(EvidenceLimits.DEFAULTS);

    @Test
    void acceptsAPdfWithItsSha256AndNoPreview() throws Exception {
        byte[] pdf = EvidencePdfs.certificate();

        InspectedEvidence evidence = inspector.inspect("certificate.pdf", pdf, 0);

        assertThat(evidence.fileName()).isEqualTo("certificate.pdf");
        assertThat(evidence.mediaType()).isEqualTo("application/pdf");
        assertThat(evidence.sizeBytes()).isEqualTo(pdf.length);
        assertThat(evidence.sha256Hex()).matches("[0-9a-f]{64}")
                .isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf)));
        assertThat(evidence.previewJpeg()).isNull();
        assertThat(evidence.thumbnailJpeg()).isNull();
        assertThat(evidence.activeContent()).isEmpty();
    }

    @Test
    void hashIsTheStandardSha256InLowercaseHex() {
        assertThat(EvidenceInspector.sha256Hex("abc".getBytes(java.nio.charset.StandardCharsets.US_ASCII)))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void refusesAnEmptyFile() {
        EvidenceRejectedException e = rejected(() -> inspector.inspect("scan.pdf", new byte[0], 0));

        assertThat(e.messageKey()).isEqualTo("evidence.file.empty");
        assertThat(e.args()).containsExactly("scan.pdf");
        assertThat(e.getMessage()).contains("scan.pdf").contains("empty");
        assertThat(e.localizedMessage(Locale.ITALIAN)).contains("scan.pdf").contains("vuoto");
    }

    @Test
    void refusesAFileOverThePerFileLimitBeforeLookingAtItsContent() {
        EvidenceInspector small = new EvidenceInspector(EvidenceLimits.ofSizes(100 * KB, 300 * KB));

        EvidenceRejectedException e = rejected(() -> small.inspect("video.pdf", new byte[(int) (100 * KB) + 1], 0));

        assertThat(e.messageKey()).isEqualTo("evidence.file.too_large");
        assertThat(e.args()).containsExactly("video.pdf", 0.1, 0.1);
        assertThat(e.errorCode()).isEqualTo("SH-EVIDENCE-FILE-TOO-LARGE");
    }

    @Test
    void acceptsAFileOfExactlyTheLimits() {
        byte[] pdf = EvidencePdfs.certificate();
        EvidenceInspector exact = new EvidenceInspector(EvidenceLimits.ofSizes(pdf.length, pdf.length + 10L));

        assertThat(exact.inspect("certificate.pdf", pdf, 10).sizeBytes()).isEqualTo(pdf.length);
    }

    @Test
    void refusesAFileThatWouldTakeTheAchievementOverItsTotal() {
        EvidenceInspector small = new EvidenceInspector(EvidenceLimits.ofSizes(100 * KB, 300 * KB));
        byte[] pdf = EvidencePdfs.certificate();

        EvidenceRejectedException e = rejected(() -> small.inspect("third.pdf", pdf, 300 * KB - pdf.length + 1));

        assertThat(e.messageKey()).isEqualTo("evidence.achievement.too_large");
        assertThat(e.args()).containsExactly("third.pdf", EvidenceInspector.megabytes(pdf.length), 0.3, 0.3);
        assertThat(small.inspect("third.pdf", pdf, 300 * KB - pdf.length).sizeBytes()).isEqualTo(pdf.length);
    }

    @Test
    void refusesAZipNamedAsPdfNamingBothTypes() {
        EvidenceRejectedException e = rejected(() -> inspector.inspect("diploma.pdf", EvidenceImages.zip(), 0));

        assertThat(e.messageKey()).isEqualTo("evidence.type.disguised");
        assertThat(e.args()).containsExactly("diploma.pdf", "PDF", "ZIP", ALLOWED);
        assertThat(e.getMessage()).contains("named as a PDF file, but its content is a ZIP file");
    }

    @Test
    void refusesAFileWhoseContentIsNotAnAcceptedType() {
        EvidenceRejectedException e = rejected(() -> inspector.inspect("files.zip", EvidenceImages.zip(), 0));

        assertThat(e.messageKey()).isEqualTo("evidence.type.not_allowed");
        assertThat(e.args()).containsExactly("files.zip", "ZIP", ALLOWED);
    }

    @Test
    void refusesWebpAndHeicPhotosWhichTheJdkCannotRead() {
        byte[] webp = header(0, "RIFF\u0024\u0000\u0000\u0000WEBPVP8 ");
        byte[] heic = header(4, "ftypheic");

        EvidenceRejectedException webpRefusal = rejected(() -> inspector.inspect("photo.webp", webp, 0));
        EvidenceRejectedException heicRefusal = rejected(() -> inspector.inspect("IMG_0042.heic", heic, 0));

        assertThat(webpRefusal.messageKey()).isEqualTo("evidence.type.not_allowed");
        assertThat(webpRefusal.args()).containsExactly("photo.webp", "WEBP", ALLOWED);
        assertThat(heicRefusal.messageKey()).isEqualTo("evidence.type.not_allowed");
        assertThat(heicRefusal.args()).containsExactly("IMG_0042.heic", "HEIC", ALLOWED);
    }

    @Test
    void refusesContentWithoutAnyKnownSignatureWhateverItsName() {
        byte[] noise = new byte[4096];
        new java.util.Random(11).nextBytes(noise);
        noise[0] = 0x01; // no format starts so

        EvidenceRejectedException e = rejected(() -> inspector.inspect("certificate.pdf", noise, 0));

        assertThat(e.messageKey()).isEqualTo("evidence.type.unrecognised");
        assertThat(e.args()).containsExactly("certificate.pdf", ALLOWED);
    }

    @Test
    void refusesTextWhateverItsName() {
        byte[] text = "Certificate of attendance (typed by me)".getBytes(java.nio.charset.StandardCharsets.UTF_8);

        EvidenceRejectedException e = rejected(() -> inspector.inspect("certificate.png", text, 0));

        assertThat(e.messageKey()).isEqualTo("evidence.type.disguised");
        assertThat(e.args()).containsExactly("certificate.png", "PNG", "TXT", ALLOWED);
    }

    @ParameterizedTest(name = "{0} holding {1} is stored as {2}")
    @CsvSource(textBlock = """
            photo.jpg,        png, photo.png
            Photo.JPG,        jpg, Photo.JPG
            scan.tiff,        tif, scan.tiff
            certificate,      pdf, certificate.pdf
            certificate.v2,   pdf, certificate.v2.pdf
            prize.png,        pdf, prize.pdf
            C:\\fakepath\\award.pdf, pdf, award.pdf
            /home/anna/award.pdf,    pdf, award.pdf
            """)
    void contentWinsOverTheNameAndTheStoredNameMatchesTheContent(String uploaded, String content, String stored) {
        byte[] bytes = content.equals("pdf") ? EvidencePdfs.certificate() : EvidenceImages.twoColours(content, 40, 20);

        InspectedEvidence evidence = inspector.inspect(uploaded, bytes, 0);

        assertThat(evidence.fileName()).isEqualTo(stored);
        assertThat(evidence.mediaType()).isEqualTo(EvidenceType.valueOf(
                content.equals("jpg") ? "JPEG" : content.equals("tif") ? "TIFF" : content.toUpperCase(Locale.ROOT))
                .mediaType());
    }

    @Test
    void everyActiveContentHasAnEnglishAndAnItalianText() {
        for (ActiveContent content : ActiveContent.values()) {
            String english = org.studenthub.core.common.Messages.get(Locale.ENGLISH, content.messageKey());
            String italian = org.studenthub.core.common.Messages.get(Locale.ITALIAN, content.messageKey());
            assertThat(english).as(content.name()).isNotEqualTo(content.messageKey());
            assertThat(italian).as(content.name()).isNotEqualTo(content.messageKey()).isNotEqualTo(english);
        }
    }

    private static byte[] header(int offset, String signature) {
        byte[] content = new byte[64];
        byte[] bytes = signature.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        System.arraycopy(bytes, 0, content, offset, bytes.length);
        return content;
    }

    static EvidenceRejectedException rejected(ThrowingCallable upload) {
        EvidenceRejectedException e = catchThrowableOfType(EvidenceRejectedException.class, upload);
        assertThat(e).as("the upload should have been refused").isNotNull();
        return e;
    }
}
