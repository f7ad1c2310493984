package org.studenthub.core.audit;

import java.time.Instant;

/**
 * One audit row as {@code audit show} lists it.
 *
 * @param changes the payload, or null once erased (its digest stays in the chain)
 */
public record AuditEventView(long seq, Instant occurredAt, String actor, String device, String table, Long rowId,
                             AuditAction action, String changes) {}
