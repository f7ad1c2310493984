package org.studenthub.reporting.portfolio;

import java.util.UUID;

/** The text of the QR code on a portfolio's cover: what a verifier needs to find and check the credential. */
public final class VerificationLink {
    private VerificationLink() {}

    /** {@code studenthub://verify?college=<CODE>&credential=<uuid>&sha256=<hex>}. */
    public static String of(String collegeCode, UUID credential, String contentSha256) {
        return "studenthub://verify?college=" + collegeCode + "&credential=" + credential + "&sha256=" + contentSha256;
    }
}
