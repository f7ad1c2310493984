package org.studenthub.app.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.studenthub.app.AppServices;
import org.studenthub.app.I18n;
import org.studenthub.core.portfolio.IssuedPortfolio;
import org.studenthub.core.portfolio.PortfolioContent;
import org.studenthub.core.security.Permission;
import org.studenthub.core.tenancy.CollegeContext;
import org.studenthub.reporting.portfolio.PortfolioRenderer;
import org.studenthub.reporting.portfolio.RenderedPortfolio;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code studenthub portfolio issue --student NUMBER --out FILE [--locale en|it]}: renders a student's portfolio,
 * writes it atomically (a temporary file beside the target, then a move) and records it in the register. For now
 * the portfolio is not sealed; until the {@code portfolio} command exists it is reachable as
 * {@code studenthub portfolio-issue}.
 */
@Command(name = "portfolio-issue", description = {
    "Issue a student's portfolio as a PDF: cover with QR code, summary of points, approved achievements and",
    "their evidence; recorded in the register of issued portfolios (not yet sealed)."})
final class PortfolioIssueCommand extends DatabaseCommand {
    private static final Logger LOG = LoggerFactory.getLogger(PortfolioIssueCommand.class);

    @Mixin
    SignInOptions signIn;

    @Option(names = "--student", required = true, paramLabel = "NUMBER", description = "The student number.")
    String number;

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "FILE", description = "The PDF file to write.")
    Path out;

    @Option(names = "--locale", paramLabel = "LANG", description = "en or it (default: the college's language).")
    String locale;

    PortfolioIssueCommand(CliRuntime runtime) {
        super(runtime);
    }

    @Override
    int run(AppServices services) {
        if (locale != null && !locale.equals("en") && !locale.equals("it")) {
            throw new InvalidInputException("cli.portfolio.locale", locale);
        }
        warmUpInBackground(services);
        CollegeContext context = signIn.college(services, runtime);
        CollegeContext.require(context, Permission.PORTFOLIO_ISSUE);
        long student = services.students().getByNumber(context, number).id();
        PortfolioContent content = services.portfolioSource().read(context, student);
        Locale language = PortfolioRenderer.localeFor(content, locale);
        RenderedPortfolio rendered = services.portfolioRenderer().render(content, language);
        writeAtomically(out, rendered.pdf());
        services.issuedPortfolios().record(context, new IssuedPortfolio(rendered.credential(), student,
                rendered.contentSha256(), language.getLanguage(), rendered.pages(), content.achievements().stream()
                        .map(a -> new IssuedPortfolio.Item(a.id(), a.version())).toList()));
        runtime.out().println(I18n.tr("cli.portfolio.issued", number, out, rendered.pages(),
                content.achievements().size(), rendered.credential(), rendered.contentSha256()));
        return ExitCodes.OK;
    }

    /** Templates and fonts load while the database opens and the caller signs in (two cores do both at once). */
    private static void warmUpInBackground(AppServices services) {
        Thread warmUp = new Thread(() -> {
            try {
                services.portfolioRenderer().warmUp();
            } catch (RuntimeException e) {
                LOG.debug("Warming up the portfolio renderer failed; the real portfolio will say why", e);
            }
        }, "portfolio-warm-up");
        warmUp.setDaemon(true);
        warmUp.start();
    }

    /** Writes beside the target and moves into place, so that nobody ever sees half a file. */
    static void writeAtomically(Path target, byte[] bytes) {
        Path absolute = target.toAbsolutePath();
        Path temporary = null;
        try {
            Files.createDirectories(absolute.getParent());
            temporary = Files.createTempFile(absolute.getParent(), "." + absolute.getFileName(), ".tmp");
            Files.write(temporary, bytes);
            try {
                Files.move(temporary, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (java.nio.file.AtomicMoveNotSupportedException e) {
                Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            deleteQuietly(temporary);
            throw new InvalidInputException("cli.file.unwritable", target, e.getMessage());
        }
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // a leftover hidden temporary file is harmless
            }
        }
    }
}
