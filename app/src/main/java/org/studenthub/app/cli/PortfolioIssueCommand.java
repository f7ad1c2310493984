package org.studenthub.app.cli;

import java.nio.file.Path;
import org.studenthub.app.AppServices;
import org.studenthub.app.I18n;
import org.studenthub.core.security.Permission;
import org.studenthub.core.tenancy.CollegeContext;
import org.studenthub.reporting.portfolio.PortfolioIssuer;
import org.studenthub.reporting.seal.SealKey;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code studenthub portfolio issue --student NUMBER --out FILE}: renders a student's portfolio, seals it with the
 * college seal, records it in the register of issued portfolios, then writes it atomically.
 */
@Command(name = "issue", description = {
    "Issue a student's portfolio as a sealed PDF: cover with QR code, summary of points, approved achievements and",
    "their evidence; recorded in the register of issued portfolios. Needs portfolio.issue and the college seal."})
final class PortfolioIssueCommand extends DatabaseCommand {
    @Mixin
    SignInOptions signIn;

    @Mixin
    PortfolioSeal seal;

    @Option(names = "--student", required = true, paramLabel = "NUMBER", description = "The student number.")
    String number;

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "FILE", description = "The PDF file to write.")
    Path out;

    @Option(names = "--locale", paramLabel = "LANG", description = "en or it (default: the student's or college's language).")
    String locale;

    PortfolioIssueCommand(CliRuntime runtime) {
        super(runtime);
    }

    @Override
    int run(AppServices services) {
        PortfolioIssuing.checkLocale(locale);
        PortfolioIssuing.checkFolder(out.toAbsolutePath().getParent());
        PortfolioIssuer issuer = services.portfolioIssuer();
        PortfolioIssuing.warmUpInBackground(issuer);
        CollegeContext context = signIn.college(services, runtime);
        CollegeContext.require(context, Permission.PORTFOLIO_ISSUE);
        SealKey key = seal.load(runtime, services.collegeCode(context));
        long student = services.students().getByNumber(context, number).id();
        PortfolioIssuer.Issued issued = issuer.issue(context, student, locale, key);
        PortfolioIssuing.write(out, issued.pdf());
        runtime.out().println(I18n.tr("cli.portfolio.issued", number, out, issued.pages(), issued.achievements(),
                issued.credential(), issued.contentSha256()));
        return ExitCodes.OK;
    }
}
