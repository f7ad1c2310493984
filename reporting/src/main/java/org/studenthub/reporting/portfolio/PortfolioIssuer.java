package org.studenthub.reporting.portfolio;

import java.time.ZoneId;
import java.util.Locale;
import org.studenthub.core.portfolio.IssuedPortfolio;
import org.studenthub.core.portfolio.IssuedPortfolios;
import org.studenthub.core.portfolio.PortfolioContent;
import org.studenthub.core.portfolio.PortfolioSource;
import org.studenthub.core.security.Permission;
import org.studenthub.core.tenancy.CollegeContext;
import org.studenthub.reporting.seal.PdfSealer;
import org.studenthub.reporting.seal.SealAppearance;
import org.studenthub.reporting.seal.SealKey;

/**
 * Issues a student's portfolio: reads what it shows, renders it, seals it with the college seal and records it in
 * the register of issued portfolios (audited). The one path the command line, batches and the client use. The
 * sealed bytes are handed back only once the register holds the credential, so every portfolio that leaves
 * StudentHub can be checked against the register; writing the file (atomically) is the caller's part.
 * Safe to use from several threads at once.
 */
public final class PortfolioIssuer {
    private final PortfolioSource source;
    private final PortfolioRenderer renderer;
    private final PdfSealer sealer;
    private final IssuedPortfolios register;

    public PortfolioIssuer(PortfolioSource source, PortfolioRenderer renderer, PdfSealer sealer,
                           IssuedPortfolios register) {
        this.source = source;
        this.renderer = renderer;
        this.sealer = sealer;
        this.register = register;
    }

    /**
     * @param requestedLocale {@code en}, {@code it}, or null for the student's or college's language
     */
    public Issued issue(CollegeContext context, long studentId, String requestedLocale, SealKey seal) {
        CollegeContext.require(context, Permission.PORTFOLIO_ISSUE);
        PortfolioContent content = source.read(context, studentId);
        Locale language = PortfolioRenderer.localeFor(content, requestedLocale);
        RenderedPortfolio rendered = renderer.render(content, language);
        byte[] sealed = sealer.seal(rendered.pdf(), seal, new SealAppearance(content.college().name(), language,
                ZoneId.of(content.college().timeZone())));
        register.record(context, new IssuedPortfolio(rendered.credential(), studentId, rendered.contentSha256(),
                language.getLanguage(), rendered.pages(), content.achievements().stream()
                        .map(a -> new IssuedPortfolio.Item(a.id(), a.version())).toList()));
        return new Issued(sealed, rendered.credential().toString(), rendered.contentSha256(), rendered.pages(),
                content.achievements().size(), content.student().number());
    }

    /** Loads templates and fonts ahead of the first portfolio. */
    public void warmUp() {
        renderer.warmUp();
    }

    /** A sealed, recorded portfolio. */
    public record Issued(byte[] pdf, String credential, String contentSha256, int pages, int achievements,
                         String studentNumber) {}
}
