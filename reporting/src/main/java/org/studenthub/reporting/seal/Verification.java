package org.studenthub.reporting.seal;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What {@link PortfolioVerifier} found: one result per check, in a fixed order, and what the document says about
 * itself. The document is genuine only when every check passed.
 *
 * @param checks     the results, one per check that could run
 * @param signer     the seal certificate, when a signature was found
 * @param sealedAt   the sealing time the signature claims (PAdES B-B: the signer's clock), formatted in UTC
 * @param credential the credential id in the document information, when present
 * @param college    the college code in the document information, when present
 */
public record Verification(List<Result> checks, Optional<SealCertificateInfo> signer, Optional<String> sealedAt,
                           Optional<String> credential, Optional<String> college) {

    public Verification {
        checks = List.copyOf(checks);
    }

    /** True when there was something to check and every check passed. */
    public boolean passed() {
        return !checks.isEmpty() && checks.stream().allMatch(Result::passed);
    }

    public long failures() {
        return checks.stream().filter(r -> !r.passed()).count();
    }

    /** The result of {@code check}, if it ran. */
    public Optional<Result> result(Check check) {
        return checks.stream().filter(r -> r.check() == check).findFirst();
    }

    /** The one-line verdict in {@code locale}. */
    public String verdict(Locale locale) {
        if (passed()) {
            return SealTexts.tr(locale, "verify.verdict.passed",
                    signer.map(SealCertificateInfo::holder).orElse("?"), sealedAt.orElse("?"));
        }
        return SealTexts.tr(locale, "verify.verdict.failed", failures(), checks.size());
    }

    /** What is checked, in the order the verifier reports it. */
    public enum Check {
        SIGNATURE, BYTE_RANGE, NO_LATER_CHANGES, CERTIFICATE, CONTENT_HASH, QR_CODE, REGISTRY
    }

    /** One check's verdict: a message key of the seal bundle and its arguments. */
    public record Result(Check check, boolean passed, String messageKey, List<Object> args) {
        public Result {
            args = List.copyOf(args);
        }

        static Result pass(Check check, String messageKey, Object... args) {
            return new Result(check, true, messageKey, List.of(args));
        }

        static Result fail(Check check, String messageKey, Object... args) {
            return new Result(check, false, messageKey, List.of(args));
        }

        /** The verdict line, e.g. {@code [ OK ] The seal signature is cryptographically valid ...}. */
        public String describe(Locale locale) {
            return SealTexts.tr(locale, passed ? "verify.mark.passed" : "verify.mark.failed") + " "
                    + SealTexts.tr(locale, messageKey, args.toArray());
        }
    }
}
