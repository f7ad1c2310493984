package org.studenthub.core.audit;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The outcome of recomputing one college's audit chain.
 *
 * @param collegeId the college
 * @param rows      audit rows checked (those up to the head)
 * @param headSeq   the last seq the head records
 * @param headHash  the hash the head records, to be noted elsewhere if the chain must be anchored
 * @param broken    the first row where the chain does not hold, if any
 */
public record AuditVerification(long collegeId, long rows, long headSeq, String headHash, Optional<Break> broken) {

    public boolean intact() {
        return broken.isEmpty();
    }

    /**
     * The first broken row: its seq and, when it still exists, what it records; the reason is a message key
     * of the core bundle with its arguments.
     */
    public record Break(long seq, String table, Long rowId, AuditAction action, Instant occurredAt, String reason,
                        List<Object> args) {
        static Break at(long seq, String reason, Object... args) {
            return new Break(seq, null, null, null, null, reason, List.of(args));
        }

        static Break at(AuditRow row, String reason, Object... args) {
            return new Break(row.seq(), row.table(), row.rowId(), row.action(), row.occurredAt(), reason,
                    List.of(args));
        }
    }
}
