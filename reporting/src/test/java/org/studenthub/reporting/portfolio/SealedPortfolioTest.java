package org.studenthub.reporting.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.studenthub.core.portfolio.PortfolioContent;
import org.studenthub.reporting.seal.PdfSealer;
import org.studenthub.reporting.seal.PortfolioVerifier;
import org.studenthub.reporting.seal.SealAppearance;
import org.studenthub.reporting.seal.SealTestKeys;
import org.studenthub.reporting.seal.Verification;
import org.studenthub.reporting.template.Templates;

/**
 * Rendered portfolios, sealed, pass every offline check. Many of them: each has its own credential and so its own
 * QR code, and a code that only some renderings read must be caught here, not by a student's employer.
 */
class SealedPortfolioTest {
    private static final PortfolioRenderer RENDERER = new PortfolioRenderer(new Templates());

    @Test
    void everySealedPortfolioPassesEveryCheckWhateverItsCredential() {
        PortfolioContent content = PortfolioSamples.content(3, true, 0);
        PdfSealer sealer = new PdfSealer();
        for (int i = 0; i < 24; i++) {
            Locale language = i % 2 == 0 ? Locale.ENGLISH : Locale.ITALIAN;
            RenderedPortfolio rendered = RENDERER.render(content, language);
            byte[] sealed = sealer.seal(rendered.pdf(), SealTestKeys.rsa(),
                    new SealAppearance(SealTestKeys.COLLEGE, language, ZoneId.of("Europe/Rome")));

            Verification verification = new PortfolioVerifier(null).verify(sealed);

            assertThat(verification.passed()).as("credential %s: %s", rendered.credential(),
                    verification.checks()).isTrue();
            assertThat(verification.credential()).contains(rendered.credential().toString());
        }
    }
}
