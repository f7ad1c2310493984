package org.studenthub.app.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.studenthub.app.I18n;
import org.studenthub.reporting.seal.SealAlgorithm;
import org.studenthub.reporting.seal.SealCertificateInfo;
import org.studenthub.reporting.seal.SealCertificates;
import org.studenthub.reporting.seal.SealException;
import org.studenthub.reporting.seal.SealKey;
import org.studenthub.reporting.seal.SealKeystore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code studenthub seal create|import|show}: the college seal that signs portfolios. Works on files only (no
 * database): the seal lives in a PKCS#12 keystore readable by its owner, protected by a password that is asked
 * for or read from {@code STUDENTHUB_SEAL_PASSWORD}.
 */
@Command(name = "seal", description = "The college seal that signs portfolios: create a self-signed one, import"
        + " one issued by a certification authority, show the current one.",
        subcommands = {SealCommand.Create.class, SealCommand.Import.class, SealCommand.Show.class})
final class SealCommand {
    private static final Duration EXPIRY_WARNING = Duration.ofDays(30);

    @Command(name = "create", description = {"Make a self-signed seal (for a test or a small site).",
        "The new keystore password is asked for twice, or read from STUDENTHUB_SEAL_PASSWORD."})
    static final class Create implements Callable<Integer> {
        @Mixin
        SealOptions seal;

        @Option(names = "--name", required = true, description = "The college's full name, as the seal shows it.")
        String name;

        @Option(names = "--valid-years", defaultValue = "3", paramLabel = "N",
                description = "Years the seal is valid, 1-10 (default: ${DEFAULT-VALUE}).")
        int validYears;

        @Option(names = "--algorithm", defaultValue = "RSA_3072",
                description = "RSA_3072 (read everywhere) or EC_P256 (default: ${DEFAULT-VALUE}).")
        SealAlgorithm algorithm;

        private final CliRuntime runtime;

        Create(CliRuntime runtime) {
            this.runtime = runtime;
        }

        @Override
        public Integer call() {
            Path file = seal.keystore(runtime);
            if (validYears < 1 || validYears > 10) {
                throw new InvalidInputException("cli.seal.valid_years", validYears);
            }
            if (name.isBlank()) {
                throw new InvalidInputException("cli.seal.name_blank");
            }
            if (Files.exists(file)) {
                throw new SealException("seal.keystore.exists", file);
            }
            char[] password = SealPasswords.fresh(runtime, file.toString());
            try {
                SealKey key = SealCertificates.selfSigned(name, algorithm, validYears, Instant.now());
                SealKeystore.store(key, file, password);
                runtime.out().println(I18n.tr("cli.seal.created", file));
                print(runtime, key.info());
            } finally {
                SealPasswords.wipe(password);
            }
            return ExitCodes.OK;
        }
    }

    @Command(name = "import", description = {"Take a seal issued by a certification authority (a PKCS#12 file with"
        + " the private key and its certificate chain) and store it with a new password.",
        "The file's password is asked for, or read from STUDENTHUB_SEAL_IMPORT_PASSWORD; the new one is asked for"
            + " twice, or read from STUDENTHUB_SEAL_PASSWORD."})
    static final class Import implements Callable<Integer> {
        @Mixin
        SealOptions seal;

        @Parameters(index = "0", paramLabel = "FILE.p12", description = "The PKCS#12 file from the certification authority.")
        Path source;

        private final CliRuntime runtime;

        Import(CliRuntime runtime) {
            this.runtime = runtime;
        }

        @Override
        public Integer call() {
            Path file = seal.keystore(runtime);
            char[] sourcePassword = SealPasswords.ofImport(runtime, source.toString());
            SealKey key;
            try {
                key = SealKeystore.load(source, sourcePassword);
            } finally {
                SealPasswords.wipe(sourcePassword);
            }
            SealCertificates.checkUsable(key, source, Instant.now());
            if (Files.exists(file)) {
                throw new SealException("seal.keystore.exists", file);
            }
            char[] password = SealPasswords.fresh(runtime, file.toString());
            try {
                SealKeystore.store(key, file, password);
            } finally {
                SealPasswords.wipe(password);
            }
            runtime.out().println(I18n.tr("cli.seal.imported", source, file));
            print(runtime, key.info());
            return ExitCodes.OK;
        }
    }

    @Command(name = "show", description = "Show the seal: subject, issuer, serial number, validity, SHA-256"
            + " fingerprint (publish it so that others can recognise your seal), self-signed or CA-issued.")
    static final class Show implements Callable<Integer> {
        @Mixin
        SealOptions seal;

        private final CliRuntime runtime;

        Show(CliRuntime runtime) {
            this.runtime = runtime;
        }

        @Override
        public Integer call() {
            Path file = seal.keystore(runtime);
            char[] password = SealPasswords.current(runtime, file.toString());
            SealKey key;
            try {
                key = SealKeystore.load(file, password);
            } finally {
                SealPasswords.wipe(password);
            }
            runtime.out().println(I18n.tr("cli.seal.file", file));
            print(runtime, key.info());
            return ExitCodes.OK;
        }
    }

    static void print(CliRuntime runtime, SealCertificateInfo info) {
        runtime.out().println(I18n.tr("cli.seal.subject", info.subject()));
        runtime.out().println(I18n.tr("cli.seal.issuer", info.issuer(),
                I18n.tr(info.selfSigned() ? "cli.seal.self_signed" : "cli.seal.ca_issued")));
        runtime.out().println(I18n.tr("cli.seal.serial", info.serial().toString(16).toUpperCase(Locale.ROOT)));
        runtime.out().println(I18n.tr("cli.seal.validity", info.notBefore().toString(), info.notAfter().toString()));
        runtime.out().println(I18n.tr("cli.seal.fingerprint", info.sha256Fingerprint()));
        Instant now = Instant.now();
        if (now.isAfter(info.notAfter())) {
            runtime.out().println(I18n.tr("cli.seal.expired"));
        } else if (now.plus(EXPIRY_WARNING).isAfter(info.notAfter())) {
            runtime.out().println(I18n.tr("cli.seal.expires_soon", info.notAfter().toString()));
        }
    }
}
