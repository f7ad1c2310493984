package org.studenthub.reporting.seal;

import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * What an unsealed portfolio PDF carries for the seal and the verifier (the contract between the portfolio
 * renderer and this package): the embedded canonical content, three document information keys, a QR code on
 * page 1 and an empty area on page 1 for the visible seal.
 */
public final class PortfolioContract {
    /** Name of the embedded file holding the canonical content (UTF-8 JSON, {@code application/json}). */
    public static final String CONTENT_ATTACHMENT = "portfolio.json";
    /** Document information key: the credential id (a UUID string). */
    public static final String INFO_CREDENTIAL = "StudentHubCredential";
    /** Document information key: lower-case hex SHA-256 of the exact bytes of {@link #CONTENT_ATTACHMENT}. */
    public static final String INFO_CONTENT_SHA256 = "StudentHubContentSha256";
    /** Document information key: the issuing college's code. */
    public static final String INFO_COLLEGE = "StudentHubCollege";
    /** The QR code's text starts with this; then {@code college=CODE&credential=UUID&sha256=HEX}. */
    public static final String QR_PREFIX = "studenthub://verify?";

    private PortfolioContract() {}

    /** The area on page 1 kept free for the visible seal (PDF points, origin bottom-left, A4 page). */
    public static PDRectangle sealArea() {
        return new PDRectangle(355, 36, 200, 72);
    }

    /** The QR code text for a credential. */
    public static String qrText(String college, String credential, String sha256) {
        return QR_PREFIX + "college=" + college + "&credential=" + credential + "&sha256=" + sha256;
    }
}
