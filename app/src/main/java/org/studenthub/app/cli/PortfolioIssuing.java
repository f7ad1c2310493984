package org.studenthub.app.cli;

import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.studenthub.core.transfer.csv.AtomicFiles;
import org.studenthub.reporting.portfolio.PortfolioIssuer;

/** What the portfolio commands share: the language check, the warm-up and the atomic write. */
final class PortfolioIssuing {
    private static final Logger LOG = LoggerFactory.getLogger(PortfolioIssuing.class);

    private PortfolioIssuing() {}

    static void checkLocale(String locale) {
        if (locale != null && !locale.equals("en") && !locale.equals("it")) {
            throw new InvalidInputException("cli.portfolio.locale", locale);
        }
    }

    /** Templates and fonts load while the database opens and the caller signs in (two cores do both at once). */
    static void warmUpInBackground(PortfolioIssuer issuer) {
        Thread warmUp = new Thread(() -> {
            try {
                issuer.warmUp();
            } catch (RuntimeException e) {
                LOG.debug("Warming up the portfolio renderer failed; the real portfolio will say why", e);
            }
        }, "portfolio-warm-up");
        warmUp.setDaemon(true);
        warmUp.start();
    }

    /** Refuses a missing output folder before any work is done (and before anything is recorded). */
    static void checkFolder(Path folder) {
        if (folder == null || !java.nio.file.Files.isDirectory(folder)) {
            throw new InvalidInputException("cli.portfolio.no_folder", folder);
        }
    }

    /** Writes beside the target, forced to disk, then moved into place: nobody ever sees half a portfolio. */
    static void write(Path target, byte[] pdf) {
        Path absolute = target.toAbsolutePath();
        try {
            AtomicFiles.write(absolute, outStream -> outStream.write(pdf));
        } catch (Exception e) {
            throw new InvalidInputException("cli.file.unwritable", target, e.getClass().getSimpleName());
        }
    }
}
