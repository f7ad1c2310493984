package org.studenthub.reporting.seal;

import static org.studenthub.reporting.seal.Verification.Check.REGISTRY;
import static org.studenthub.reporting.seal.Verification.Check.SIGNATURE;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;

/**
 * Checks a sealed portfolio offline, the way an employer's tools would: the seal signature, that it covers the
 * whole file and nothing was appended after it, the seal certificate at sealing time, the embedded content
 * against its hash, and the QR code on page 1 (read from the rendered page) against the document. With a
 * {@link CredentialStatus} it also asks the college's registry whether the credential still stands.
 */
public final class PortfolioVerifier {
    private final CredentialStatus registry;

    /** Offline verification. */
    public PortfolioVerifier() {
        this(null);
    }

    /** Verification that also consults {@code registry} (null: offline). */
    public PortfolioVerifier(CredentialStatus registry) {
        this.registry = registry;
    }

    public Verification verify(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return verify(pdf, document);
        } catch (IOException e) {
            return new Verification(List.of(Verification.Result.fail(SIGNATURE, "verify.pdf.unreadable",
                    e.getClass().getSimpleName())), Optional.empty(), Optional.empty(), Optional.empty(),
                    Optional.empty());
        }
    }

    private Verification verify(byte[] pdf, PDDocument document) throws IOException {
        List<Verification.Result> results = new ArrayList<>();
        ContentChecks content = new ContentChecks(document);
        Optional<SealCertificateInfo> signer = Optional.empty();
        Optional<String> sealedAt = Optional.empty();
        List<PDSignature> signatures = document.getSignatureDictionaries();
        if (signatures.isEmpty()) {
            results.add(Verification.Result.fail(SIGNATURE, "verify.signature.missing"));
        } else {
            PDSignature seal = signatures.get(0);
            SignatureChecks checks = new SignatureChecks(pdf, seal);
            results.add(checks.signature());
            results.add(checks.byteRange());
            results.add(checks.noLaterChanges());
            Instant when = sealingTime(seal);
            sealedAt = Optional.of(VerificationTimes.format(when));
            results.add(checks.certificate(when, sealedAt.get()));
            signer = Optional.ofNullable(checks.signer()).map(SealCertificateInfo::of);
        }
        results.add(content.contentHash());
        results.add(content.qrCode());
        if (registry != null) {
            results.add(registryStatus(content));
        }
        return new Verification(results, signer, sealedAt, content.credential(), content.college());
    }

    /** The time the signature claims (/M); PAdES B-B has no trusted time stamp. */
    private static Instant sealingTime(PDSignature signature) {
        Calendar date = signature.getSignDate();
        return date == null ? Instant.EPOCH : date.toInstant();
    }

    private Verification.Result registryStatus(ContentChecks content) {
        if (content.credential().isEmpty() || content.college().isEmpty()) {
            return Verification.Result.fail(REGISTRY, "verify.registry.unknown", content.credential().orElse("-"));
        }
        String credential = content.credential().get();
        return switch (registry.status(content.college().get(), credential)) {
            case VALID -> Verification.Result.pass(REGISTRY, "verify.registry.valid", credential);
            case REVOKED -> Verification.Result.fail(REGISTRY, "verify.registry.revoked", credential);
            case UNKNOWN -> Verification.Result.fail(REGISTRY, "verify.registry.unknown", credential);
        };
    }
}
