package org.studenthub.reporting.seal;

/**
 * Where a credential stands in the issuing college's registry of issued portfolios. The verifier works offline
 * without it; with database access the caller passes a lookup and the verdict includes the registry's answer.
 */
@FunctionalInterface
public interface CredentialStatus {
    State status(String collegeCode, String credentialId);

    /** The registry's answer. */
    enum State {
        /** Issued, and every achievement in it is still approved. */
        VALID,
        /** Issued, but an achievement in it is no longer approved. */
        REVOKED,
        /** The registry has no such credential. */
        UNKNOWN
    }
}
