package org.studenthub.app.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.UUID;
import org.studenthub.app.AppServices;
import org.studenthub.core.db.Database;
import org.studenthub.core.tenancy.CollegeContext;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import java.util.concurrent.Callable;
import org.studenthub.app.I18n;
import org.studenthub.reporting.seal.CredentialStatus;
import org.studenthub.reporting.seal.PortfolioVerifier;
import org.studenthub.reporting.seal.Verification;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code studenthub portfolio issue|batch|verify}: sealed student portfolios. */
@Command(name = "portfolio", description = "Sealed student portfolios: issue one, issue a section's, verify one.",
        subcommands = {PortfolioIssueCommand.class, PortfolioBatchCommand.class, PortfolioCommand.Verify.class})
final class PortfolioCommand {

    @Command(name = "verify", description = {"Check a portfolio PDF offline: the college seal's signature, that"
        + " nothing was changed or added after sealing, the seal certificate, the embedded content against its hash"
        + " and the QR code on the first page.",
        "With --register it also signs in and asks the college's register whether the credential is still valid"
            + " (an achievement revoked after issue makes it REVOKED).",
        "Prints one line per check and a verdict; exits with 0 only when every check passed."})
    static final class Verify implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "FILE.pdf", description = "The portfolio to check.")
        Path file;

        @Option(names = "--register", description = "Also check the credential in the register of issued portfolios"
                + " (signs in; the portfolio must be of your college).")
        boolean register;

        @Mixin
        DatabaseOptions databaseOptions;

        @Mixin
        SignInOptions signIn;

        private final CliRuntime runtime;

        Verify(CliRuntime runtime) {
            this.runtime = runtime;
        }

        @Override
        public Integer call() {
            byte[] pdf;
            try {
                pdf = Files.readAllBytes(file);
            } catch (IOException e) {
                throw new InvalidInputException("cli.file.unreadable", file, e.getClass().getSimpleName());
            }
            if (!register) {
                return report(new PortfolioVerifier(null).verify(pdf));
            }
            try (Database database = runtime.open(runtime.location(databaseOptions), false)) {
                AppServices services = new AppServices(database);
                CollegeContext context = signIn.college(services, runtime);
                return report(new PortfolioVerifier(registry(services, context)).verify(pdf));
            }
        }

        private int report(Verification verification) {
            print(verification, Locale.getDefault());
            return verification.passed() ? ExitCodes.OK : ExitCodes.FAILURE;
        }

        /** The signed-in college's register: another college's credential is unknown to it. */
        private static CredentialStatus registry(AppServices services, CollegeContext context) {
            String ownCode = services.collegeCode(context);
            return (collegeCode, credentialId) -> {
                if (!ownCode.equalsIgnoreCase(collegeCode)) {
                    return CredentialStatus.State.UNKNOWN;
                }
                UUID credential;
                try {
                    credential = UUID.fromString(credentialId);
                } catch (IllegalArgumentException e) {
                    return CredentialStatus.State.UNKNOWN;
                }
                return CredentialStatus.State.valueOf(services.issuedPortfolios().status(context, credential).name());
            };
        }

        private void print(Verification verification, Locale locale) {
            runtime.out().println(I18n.tr("cli.portfolio.verify.file", file));
            verification.credential().ifPresent(c -> runtime.out().println(I18n.tr("cli.portfolio.verify.credential",
                    c, verification.college().orElse("-"))));
            for (Verification.Result result : verification.checks()) {
                runtime.out().println("  " + result.describe(locale));
            }
            runtime.out().println(verification.verdict(locale));
        }
    }
}
