package org.studenthub.core.audit;

import java.util.Optional;
import org.studenthub.core.audit.AuditVerification.Break;

/**
 * Walks one college's audit rows in seq order and finds the first one where the chain does not hold: a
 * missing or repeated seq, a payload that no longer matches its digest, a link whose hash or previous hash
 * does not match, or a head that records more (or other) rows than exist. Every edit, deletion, reordering
 * or truncation of the stored rows shows up as one of these.
 */
final class ChainCheck {
    private long expectedSeq = 1;
    private String previousHash = AuditLine.GENESIS;
    private AuditLine.LinkHash link = new AuditLine.LinkHash(AuditLine.GENESIS);
    private AuditRow linkStart;
    private long rows;

    /** Checks the next row; a break ends the walk. */
    Optional<Break> accept(AuditRow row) {
        rows++;
        if (row.seq() != expectedSeq) {
            return Optional.of(row.seq() > expectedSeq
                    ? Break.at(expectedSeq, "audit.verify.missing", expectedSeq, row.seq())
                    : Break.at(row, "audit.verify.out_of_order", row.seq(), expectedSeq));
        }
        expectedSeq++;
        if (row.changes() != null && !AuditLine.sha256(row.changes()).equals(row.payloadSha256())) {
            return Optional.of(Break.at(row, "audit.verify.payload"));
        }
        if (linkStart == null) {
            linkStart = row;
        }
        link.add(row.line());
        if (row.hash() == null && row.prevHash() == null) {
            return Optional.empty();
        }
        return closeLink(row);
    }

    private Optional<Break> closeLink(AuditRow last) {
        AuditRow first = linkStart;
        if (last.hash() == null || !previousHash.equals(last.prevHash())) {
            return Optional.of(Break.at(last, "audit.verify.previous"));
        }
        if (!link.finish().equals(last.hash())) {
            return Optional.of(first == last ? Break.at(first, "audit.verify.hash")
                    : Break.at(first, "audit.verify.link_hash", first.seq(), last.seq()));
        }
        previousHash = last.hash();
        link = new AuditLine.LinkHash(previousHash);
        linkStart = null;
        return Optional.empty();
    }

    /** After the last row: the head must record exactly the last sealed row. */
    Optional<Break> finish(long headSeq, String headHash) {
        if (linkStart != null) {
            return Optional.of(Break.at(linkStart, "audit.verify.unsealed", linkStart.seq()));
        }
        long lastSeq = expectedSeq - 1;
        if (headSeq > lastSeq) {
            return Optional.of(Break.at(lastSeq + 1, "audit.verify.truncated", lastSeq + 1, headSeq));
        }
        if (!previousHash.equals(headHash)) {
            return Optional.of(Break.at(headSeq, "audit.verify.head", headSeq));
        }
        return Optional.empty();
    }

    long rows() {
        return rows;
    }
}
