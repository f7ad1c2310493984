package org.studenthub.reporting.seal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.studenthub.reporting.seal.Verification.Check.BYTE_RANGE;
import static org.studenthub.reporting.seal.Verification.Check.CERTIFICATE;
import static org.studenthub.reporting.seal.Verification.Check.CONTENT_HASH;
import static org.studenthub.reporting.seal.Verification.Check.NO_LATER_CHANGES;
import static org.studenthub.reporting.seal.Verification.Check.QR_CODE;
import static org.studenthub.reporting.seal.Verification.Check.REGISTRY;
import static org.studenthub.reporting.seal.Verification.Check.SIGNATURE;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PortfolioVerifierTest {
    private static byte[] sealed;
    private final PortfolioVerifier verifier = new PortfolioVerifier();

    @TempDir
    Path folder;

    @BeforeAll
    static void sealOnce() throws Exception {
        sealed = seal(ContractPdf.standard().pdf);
    }

    @Test
    void genuinePortfolioPassesEveryCheckAndPdfsigAgrees() throws Exception {
        Verification verification = verifier.verify(sealed);

        assertThat(verification.checks()).extracting(Verification.Result::check)
                .containsExactly(SIGNATURE, BYTE_RANGE, NO_LATER_CHANGES, CERTIFICATE, CONTENT_HASH, QR_CODE);
        assertThat(verification.checks()).allSatisfy(r -> assertThat(r.passed()).as(r.toString()).isTrue());
        assertThat(verification.passed()).isTrue();
        assertThat(verification.credential()).contains("0f8e7c3a-5b1d-4e2f-9a6b-1c2d3e4f5a6b");
        assertThat(verification.signer()).contains(SealTestKeys.rsa().info());
        assertThat(verification.verdict(Locale.ENGLISH)).startsWith("GENUINE: sealed by Istituto Tecnico «Guglielmo Marconi» on ");
        assertThat(verification.verdict(Locale.ITALIAN)).startsWith("AUTENTICO: sigillato da");
        assertThat(PdfSig.saysValid(PdfSig.report(sealed, folder))).isTrue();
    }

    @Test
    void oneByteChangedInTheFirstSignedRangeFailsBothVerifiers() throws Exception {
        byte[] tampered = flip(sealed, indexOf(sealed, "(Portfolio)") + 9);

        Verification verification = verifier.verify(tampered);

        assertThat(verification.result(SIGNATURE)).hasValueSatisfying(r -> {
            assertThat(r.passed()).isFalse();
            assertThat(r.messageKey()).isEqualTo("verify.signature.invalid");
        });
        assertThat(verification.passed()).isFalse();
        assertThat(verification.verdict(Locale.ENGLISH)).startsWith("NOT VALID: 1 of 6 checks failed");
        assertThat(PdfSig.report(tampered, folder)).doesNotContain("Signature is Valid.");
    }

    @Test
    void oneByteChangedAfterTheSignatureValueFailsBothVerifiers() throws Exception {
        byte[] tampered = flip(sealed, sealed.length - 3);

        assertThat(verifier.verify(tampered).result(SIGNATURE)).hasValueSatisfying(r -> assertThat(r.passed()).isFalse());
        assertThat(PdfSig.report(tampered, folder)).doesNotContain("Signature is Valid.");
    }

    @Test
    void incrementalUpdateAfterSealingIsReported() throws Exception {
        byte[] updated;
        try (PDDocument document = Loader.loadPDF(sealed)) {
            document.getDocumentInformation().setTitle("A better portfolio");
            document.getDocumentInformation().getCOSObject().setNeedToBeUpdated(true);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.saveIncremental(out);
            updated = out.toByteArray();
        }
        assertThat(Arrays.copyOf(updated, sealed.length)).isEqualTo(sealed);

        Verification verification = verifier.verify(updated);

        assertThat(verification.result(SIGNATURE)).hasValueSatisfying(r -> assertThat(r.passed()).isTrue());
        assertThat(verification.result(NO_LATER_CHANGES)).hasValueSatisfying(r -> {
            assertThat(r.passed()).isFalse();
            assertThat(r.args()).containsExactly((long) (updated.length - sealed.length));
            assertThat(r.describe(Locale.ENGLISH)).startsWith("[FAIL] " + (updated.length - sealed.length)
                    + " bytes were added after sealing");
        });
        assertThat(verification.passed()).isFalse();
    }

    @Test
    void contentEditedAfterSealingFailsTheHashCheck() throws Exception {
        byte[] edited;
        try (PDDocument document = Loader.loadPDF(sealed)) {
            PDEmbeddedFile file = document.getDocumentCatalog().getNames().getEmbeddedFiles().getNames()
                    .get(PortfolioContract.CONTENT_ATTACHMENT).getEmbeddedFile();
            COSStream stream = file.getCOSObject();
            try (OutputStream out = stream.createOutputStream()) {
                out.write(ContractPdf.standard().json.replace("1° posto", "2° posto").getBytes(StandardCharsets.UTF_8));
            }
            stream.setNeedToBeUpdated(true);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.saveIncremental(out);
            edited = out.toByteArray();
        }

        Verification verification = verifier.verify(edited);

        assertThat(verification.result(CONTENT_HASH)).hasValueSatisfying(r -> {
            assertThat(r.passed()).isFalse();
            assertThat(r.messageKey()).isEqualTo("verify.content.mismatch");
        });
        assertThat(verification.result(NO_LATER_CHANGES)).hasValueSatisfying(r -> assertThat(r.passed()).isFalse());
    }

    @Test
    void contentThatDoesNotMatchItsDeclaredHashFailsEvenWhenSealed() throws Exception {
        Verification verification = verifier.verify(seal(ContractPdf.withDeclaredHash("ab".repeat(32)).pdf));

        assertThat(verification.result(SIGNATURE)).hasValueSatisfying(r -> assertThat(r.passed()).isTrue());
        assertThat(verification.result(CONTENT_HASH)).hasValueSatisfying(r -> assertThat(r.passed()).isFalse());
        assertThat(verification.result(QR_CODE)).as("the QR code carries the declared hash")
                .hasValueSatisfying(r -> assertThat(r.passed()).isTrue());
    }

    @Test
    void qrCodeNamingAnotherHashFails() throws Exception {
        Verification verification = verifier.verify(seal(ContractPdf.withQrHash("0".repeat(64)).pdf));

        assertThat(verification.result(QR_CODE)).hasValueSatisfying(r -> {
            assertThat(r.passed()).isFalse();
            assertThat(r.describe(Locale.ITALIAN)).startsWith("[ERRORE] Il codice QR a pagina 1 indica college DEMO");
        });
        assertThat(verification.result(CONTENT_HASH)).hasValueSatisfying(r -> assertThat(r.passed()).isTrue());
    }

    @Test
    void unsealedPortfolioIsNotGenuine() throws Exception {
        Verification verification = verifier.verify(ContractPdf.standard().pdf);

        assertThat(verification.result(SIGNATURE)).hasValueSatisfying(r -> {
            assertThat(r.passed()).isFalse();
            assertThat(r.messageKey()).isEqualTo("verify.signature.missing");
        });
        assertThat(verification.passed()).isFalse();
    }

    @Test
    void notAPdfIsReportedNotThrown() {
        Verification verification = verifier.verify("hello".getBytes(StandardCharsets.US_ASCII));

        assertThat(verification.passed()).isFalse();
        assertThat(verification.checks()).singleElement()
                .satisfies(r -> assertThat(r.messageKey()).isEqualTo("verify.pdf.unreadable"));
    }

    @Test
    void registryAnswerJoinsTheVerdict() {
        Verification revoked = new PortfolioVerifier((college, credential) -> CredentialStatus.State.REVOKED)
                .verify(sealed);
        Verification valid = new PortfolioVerifier((college, credential) ->
                "DEMO".equals(college) ? CredentialStatus.State.VALID : CredentialStatus.State.UNKNOWN).verify(sealed);

        assertThat(revoked.result(REGISTRY)).hasValueSatisfying(r -> assertThat(r.passed()).isFalse());
        assertThat(revoked.passed()).isFalse();
        assertThat(valid.result(REGISTRY)).hasValueSatisfying(r -> assertThat(r.passed()).isTrue());
        assertThat(valid.passed()).isTrue();
    }

    private static byte[] seal(byte[] pdf) {
        return new PdfSealer().seal(pdf, SealTestKeys.rsa(), SealAppearance.of(SealTestKeys.COLLEGE));
    }

    private static byte[] flip(byte[] pdf, int index) {
        byte[] copy = pdf.clone();
        copy[index] ^= 0x01;
        return copy;
    }

    private static int indexOf(byte[] pdf, String text) {
        int index = new String(pdf, StandardCharsets.ISO_8859_1).indexOf(text);
        assertThat(index).as(text).isPositive();
        return index;
    }
}
