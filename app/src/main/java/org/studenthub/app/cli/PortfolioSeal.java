package org.studenthub.app.cli;

import java.nio.file.Path;
import java.util.Locale;
import org.studenthub.reporting.seal.SealKey;
import org.studenthub.reporting.seal.SealKeystore;
import picocli.CommandLine.Option;

/**
 * The seal that signs the portfolios a command issues: the signed-in college's keystore in the data folder
 * ({@code seals/CODE.p12}) or the file {@code --keystore} names; its password is asked for, or read from
 * {@code STUDENTHUB_SEAL_PASSWORD}, and wiped once the key is loaded.
 */
final class PortfolioSeal {
    @Option(names = "--keystore", paramLabel = "FILE",
            description = "The college seal's PKCS#12 file (default: seals/CODE.p12 in the StudentHub data folder).")
    Path keystore;

    SealKey load(CliRuntime runtime, String collegeCode) {
        Path file = keystore != null ? keystore.toAbsolutePath()
                : runtime.directories().data().resolve("seals").resolve(collegeCode.toUpperCase(Locale.ROOT) + ".p12");
        char[] password = SealPasswords.current(runtime, file.toString());
        try {
            return SealKeystore.load(file, password);
        } finally {
            SealPasswords.wipe(password);
        }
    }
}
