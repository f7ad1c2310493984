package org.studenthub.app.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.studenthub.app.I18n;
import org.studenthub.reporting.seal.CredentialStatus;
import org.studenthub.reporting.seal.PortfolioVerifier;
import org.studenthub.reporting.seal.Verification;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code studenthub portfolio verify}: is a portfolio PDF genuine and unmodified? */
@Command(name = "portfolio", description = "Sealed student portfolios: verify one.",
        subcommands = {PortfolioCommand.Verify.class})
final class PortfolioCommand {

    @Command(name = "verify", description = {"Check a portfolio PDF offline: the college seal's signature, that"
        + " nothing was changed or added after sealing, the seal certificate, the embedded content against its hash"
        + " and the QR code on the first page.",
        "Prints one line per check and a verdict; exits with 0 only when every check passed."})
    static final class Verify implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "FILE.pdf", description = "The portfolio to check.")
        Path file;

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
            Verification verification = new PortfolioVerifier(registry()).verify(pdf);
            print(verification, Locale.getDefault());
            return verification.passed() ? ExitCodes.OK : ExitCodes.FAILURE;
        }

        /**
         * The college's registry of issued portfolios, or null to verify offline. The seam for database access:
         * with a signed-in college context this returns a lookup of the credential's status (valid, revoked,
         * unknown), and the verdict includes it.
         */
        CredentialStatus registry() {
            return null;
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
