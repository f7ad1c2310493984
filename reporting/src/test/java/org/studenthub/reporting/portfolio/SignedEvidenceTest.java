package org.studenthub.reporting.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.studenthub.core.portfolio.PortfolioContent;
import org.studenthub.reporting.seal.PdfSealer;
import org.studenthub.reporting.seal.PortfolioVerifier;
import org.studenthub.reporting.seal.SealAppearance;
import org.studenthub.reporting.seal.SealTestKeys;
import org.studenthub.reporting.template.Templates;

/** A signed certificate as evidence (universities sign theirs) is appended as pages, and the portfolio still seals. */
class SignedEvidenceTest {
    private static final PortfolioRenderer RENDERER = new PortfolioRenderer(new Templates());

    @Test
    void aSignedEvidencePdfIsAppendedAsPagesAndThePortfolioIsSealedOnce() throws Exception {
        PortfolioContent sample = PortfolioSamples.content(2, false, 0);
        byte[] signedCertificate = new PdfSealer().seal(RENDERER.render(sample, Locale.ENGLISH).pdf(),
                SealTestKeys.rsa(), SealAppearance.of("Università di Bologna"));
        PortfolioContent content = withEvidence(sample, new PortfolioContent.Evidence(7, "signed-certificate.pdf",
                "application/pdf", "%064x".formatted(7), signedCertificate));

        RenderedPortfolio rendered = RENDERER.render(content, Locale.ENGLISH);
        byte[] sealed = new PdfSealer().seal(rendered.pdf(), SealTestKeys.rsa(), SealAppearance.of(SealTestKeys.COLLEGE));

        try (PDDocument unsealed = Loader.loadPDF(rendered.pdf())) {
            assertThat(unsealed.getSignatureDictionaries()).isEmpty();
            assertThat(rendered.pages()).isGreaterThan(RENDERER.render(sample, Locale.ENGLISH).pages());
        }
        assertThat(new PortfolioVerifier(null).verify(sealed).passed()).isTrue();
    }

    private static PortfolioContent withEvidence(PortfolioContent content, PortfolioContent.Evidence extra) {
        List<PortfolioContent.Achievement> achievements = new ArrayList<>();
        for (PortfolioContent.Achievement a : content.achievements()) {
            List<PortfolioContent.Evidence> evidence = new ArrayList<>(a.evidence());
            if (achievements.isEmpty()) {
                evidence.add(extra);
            }
            achievements.add(new PortfolioContent.Achievement(a.id(), a.version(), a.categoryCode(), a.categoryName(),
                    a.categoryRank(), a.categoryCap(), a.level(), a.title(), a.description(), a.issuer(), a.event(),
                    a.startsOn(), a.endsOn(), a.points(), a.approvedAt(), a.approvedBy(), a.approverRole(), evidence));
        }
        return new PortfolioContent(content.college(), content.student(), achievements);
    }
}
