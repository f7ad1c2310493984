package org.studenthub.core.audit;

/** What an audit row records: a change of a records row, a full view of a record, or an export. */
public enum AuditAction {
    INSERT,
    UPDATE,
    DELETE,
    /** A person's full record was shown (a student's profile). */
    VIEW,
    /** Records left the database in a file. */
    EXPORT
}
