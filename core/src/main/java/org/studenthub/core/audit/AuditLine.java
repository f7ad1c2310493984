package org.studenthub.core.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

/**
 * The text the audit chain hashes, built exactly as PostgreSQL's {@code audit_line} (schema V021) builds it,
 * so that one verifier checks the rows of both databases. A row's line is
 * {@code college|seq|microseconds since 1970 UTC|actor|device|table|row id|action|payload SHA-256} and a line
 * feed; a link of rows written together is sealed by {@code SHA-256(previous link hash, LF, its lines)}.
 * Personal data never enters a line: only the digest of the payload does.
 */
public final class AuditLine {
    /** The previous hash of a college's first link. */
    public static final String GENESIS = "0".repeat(64);

    private static final HexFormat HEX = HexFormat.of();

    private AuditLine() {}

    /** One row's line, ending in a line feed. */
    public static String of(long collegeId, long seq, Instant occurredAt, String actor, String device, String table,
                            Long rowId, AuditAction action, String payloadSha256) {
        return collegeId + "|" + seq + "|" + micros(occurredAt) + "|" + escape(actor) + "|" + escape(device) + "|"
                + escape(table) + "|" + (rowId == null ? "" : rowId.toString()) + "|" + action.name() + "|"
                + payloadSha256 + "\n";
    }

    /** Backslash, '|' and line feed escaped, so that no field can pass for two. */
    static String escape(String text) {
        return text.replace("\\", "\\\\").replace("|", "\\|").replace("\n", "\\n");
    }

    /** Times are stored and hashed to the microsecond, the precision of both databases. */
    public static Instant truncate(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS);
    }

    static long micros(Instant instant) {
        return Math.addExact(Math.multiplyExact(instant.getEpochSecond(), 1_000_000L), instant.getNano() / 1_000);
    }

    /** Lower-case hex SHA-256 of the UTF-8 bytes of {@code text}. */
    public static String sha256(String text) {
        return HEX.formatHex(digest().digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    /** Hashes one link: the previous link's hash, a line feed, then the link's lines in seq order. */
    static final class LinkHash {
        private final MessageDigest digest = digest();

        LinkHash(String previousHash) {
            digest.update((previousHash + "\n").getBytes(StandardCharsets.UTF_8));
        }

        void add(String line) {
            digest.update(line.getBytes(StandardCharsets.UTF_8));
        }

        String finish() {
            return HEX.formatHex(digest.digest());
        }
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
