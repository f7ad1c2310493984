package org.studenthub.core.audit;

/**
 * One audit row as the core hands it to the writer: which row of which table, what happened, and the
 * payload (JSON of the changed fields before and after, or details of a view or export).
 */
public record AuditEntry(String table, Long rowId, AuditAction action, String changes) {}
