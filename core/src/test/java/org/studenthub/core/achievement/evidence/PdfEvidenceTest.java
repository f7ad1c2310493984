package org.studenthub.core.achievement.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.studenthub.core.achievement.evidence.EvidenceInspectorTest.rejected;

import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** PDFs are parsed to prove they can be read, and their active content is flagged to the approver. */
class PdfEvidenceTest {
    private final EvidenceInspector inspector = new EvidenceInspector(EvidenceLimits.DEFAULTS);

    static Stream<Arguments> activePdfs() {
        return Stream.of(
                Arguments.of("JavaScript in the open action", pdf(EvidencePdfs::withOpenActionJavaScript),
                        List.of(ActiveContent.JAVASCRIPT)),
                Arguments.of("JavaScript in the document's name tree", pdf(EvidencePdfs::withJavaScriptInNameTree),
                        List.of(ActiveContent.JAVASCRIPT)),
                Arguments.of("JavaScript in a form field action", pdf(EvidencePdfs::withFieldKeystrokeJavaScript),
                        List.of(ActiveContent.JAVASCRIPT)),
                Arguments.of("a launch action", pdf(EvidencePdfs::withLaunchAction),
                        List.of(ActiveContent.LAUNCH_ACTION)),
                Arguments.of("an embedded file", pdf(EvidencePdfs::withEmbeddedFile),
                        List.of(ActiveContent.EMBEDDED_FILE)),
                Arguments.of("a web link", pdf(EvidencePdfs::withWebLink), List.of(ActiveContent.WEB_LINK)),
                Arguments.of("a form submission", pdf(EvidencePdfs::withFormSubmission),
                        List.of(ActiveContent.FORM_SUBMISSION)));
    }

    @ParameterizedTest(name = "flags {0}")
    @MethodSource("activePdfs")
    void flagsActiveContentWithoutRefusingTheFile(String what, Supplier<byte[]> pdf, List<ActiveContent> expected) {
        InspectedEvidence evidence = inspector.inspect("certificate.pdf", pdf.get(), 0);

        assertThat(evidence.mediaType()).isEqualTo("application/pdf");
        assertThat(evidence.activeContent()).containsExactlyElementsOf(expected);
    }

    @Test
    void refusesATruncatedPdf() {
        byte[] pdf = EvidencePdfs.certificate();

        EvidenceRejectedException e = rejected(() ->
                inspector.inspect("certificate.pdf", Arrays.copyOf(pdf, pdf.length / 2), 0));

        assertThat(e.messageKey()).isEqualTo("evidence.pdf.truncated");
        assertThat(e.args()).containsExactly("certificate.pdf");
    }

    @Test
    void refusesADamagedPdf() {
        EvidenceRejectedException e = rejected(() -> inspector.inspect("certificate.pdf", EvidencePdfs.damaged(), 0));

        assertThat(e.messageKey()).isEqualTo("evidence.pdf.unreadable");
        assertThat(e.args()).containsExactly("certificate.pdf");
    }

    @Test
    void refusesAPdfThatNeedsAPasswordToOpen() {
        EvidenceRejectedException e = rejected(() ->
                inspector.inspect("certificate.pdf", EvidencePdfs.openedOnlyWithPassword(), 0));

        assertThat(e.messageKey()).isEqualTo("evidence.pdf.encrypted");
        assertThat(e.args()).containsExactly("certificate.pdf");
    }

    @Test
    void acceptsAPdfProtectedOnlyAgainstEditing() {
        InspectedEvidence evidence = inspector.inspect("certificate.pdf", EvidencePdfs.protectedAgainstEditing(), 0);

        assertThat(evidence.mediaType()).isEqualTo("application/pdf");
        assertThat(evidence.activeContent()).isEmpty();
    }

    private static Supplier<byte[]> pdf(Supplier<byte[]> builder) {
        return builder;
    }
}
