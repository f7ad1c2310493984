package org.studenthub.reporting.portfolio;

import java.util.UUID;

/**
 * An unsigned portfolio PDF with its credential id, the SHA-256 of its embedded {@code portfolio.json} and its page
 * count (appendices included).
 */
public record RenderedPortfolio(byte[] pdf, UUID credential, String contentSha256, int pages) {
}
