package org.studenthub.reporting.seal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SealKeystoreTest {
    private static final Instant NOW = Instant.now();

    @TempDir
    Path folder;

    @Test
    void storedSealOpensAgainWithItsPasswordAndIsReadableByItsOwnerOnly() throws Exception {
        Path file = folder.resolve("seal").resolve("DEMO.p12");
        SealKeystore.store(SealTestKeys.rsa(), file, "correct horse".toCharArray());

        SealKey loaded = SealKeystore.load(file, "correct horse".toCharArray());

        assertThat(loaded.info()).isEqualTo(SealTestKeys.rsa().info());
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent())))
                .isEqualTo("rwx------");
        try (var left = Files.list(file.getParent())) {
            assertThat(left).containsExactly(file);
        }
    }

    @Test
    void selfMadeSealNamesTheCollegeAndMaySign() {
        SealCertificateInfo info = SealTestKeys.rsa().info();

        assertThat(info.subject()).contains("O=Istituto Tecnico «Guglielmo Marconi»")
                .contains("CN=Istituto Tecnico «Guglielmo Marconi» Seal");
        assertThat(info.selfSigned()).isTrue();
        assertThat(info.sha256Fingerprint()).matches("([0-9A-F]{2}:){31}[0-9A-F]{2}");
        assertThat(SealTestKeys.rsa().certificate().getKeyUsage()).startsWith(true, true);
        assertThat(info.notAfter()).isAfter(NOW.plus(Duration.ofDays(3 * 365 - 1)));
    }

    @Test
    void wrongPasswordIsRefusedWithoutRevealingIt() {
        Path file = folder.resolve("DEMO.p12");
        SealKeystore.store(SealTestKeys.rsa(), file, "correct horse".toCharArray());

        assertThatThrownBy(() -> SealKeystore.load(file, "battery staple".toCharArray()))
                .isInstanceOfSatisfying(SealException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("seal.keystore.password_wrong");
                    assertThat(e.getMessage()).contains(file.toString()).doesNotContain("battery")
                            .doesNotContain("correct horse");
                    assertThat(e.localizedMessage(Locale.ITALIAN)).contains("password è errata");
                });
    }

    @Test
    void anExistingSealIsNeverOverwritten() {
        Path file = folder.resolve("DEMO.p12");
        SealKeystore.store(SealTestKeys.rsa(), file, "correct horse".toCharArray());

        assertThatThrownBy(() -> SealKeystore.store(SealTestKeys.rsa(), file, "other password".toCharArray()))
                .isInstanceOfSatisfying(SealException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("seal.keystore.exists"));
        assertThat(SealKeystore.load(file, "correct horse".toCharArray()).info()).isEqualTo(SealTestKeys.rsa().info());
    }

    @Test
    void sealWithValidCaIssuedCertificateAndChainIsUsable() throws Exception {
        SealKey key = SealTestKeys.issuedByCa(KeyUsage.nonRepudiation, NOW.minus(Duration.ofDays(1)),
                NOW.plus(Duration.ofDays(365)), true);

        SealCertificates.checkUsable(key, folder.resolve("ca.p12"), NOW);

        assertThat(key.info().selfSigned()).isFalse();
    }

    @Test
    void expiredCertificateIsRefused() throws Exception {
        SealKey key = SealTestKeys.issuedByCa(KeyUsage.digitalSignature, NOW.minus(Duration.ofDays(400)),
                NOW.minus(Duration.ofDays(35)), true);

        assertThatThrownBy(() -> SealCertificates.checkUsable(key, folder.resolve("old.p12"), NOW))
                .isInstanceOfSatisfying(SealException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("seal.certificate.expired"));
    }

    @Test
    void certificateThatMayNotSignIsRefused() throws Exception {
        SealKey key = SealTestKeys.issuedByCa(KeyUsage.keyEncipherment | KeyUsage.keyAgreement,
                NOW.minus(Duration.ofDays(1)), NOW.plus(Duration.ofDays(365)), true);

        assertThatThrownBy(() -> SealCertificates.checkUsable(key, folder.resolve("tls.p12"), NOW))
                .isInstanceOfSatisfying(SealException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("seal.certificate.cannot_sign"));
    }

    @Test
    void caIssuedCertificateWithoutItsChainIsRefused() throws Exception {
        SealKey key = SealTestKeys.issuedByCa(KeyUsage.digitalSignature, NOW.minus(Duration.ofDays(1)),
                NOW.plus(Duration.ofDays(365)), false);

        assertThatThrownBy(() -> SealCertificates.checkUsable(key, folder.resolve("bare.p12"), NOW))
                .isInstanceOfSatisfying(SealException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("seal.keystore.no_chain"));
    }
}
