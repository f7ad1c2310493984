package org.studenthub.core.common;

/**
 * Someone else changed the record since it was read (optimistic locking), or a unique value is
 * already taken. The message names the record so the user can reload it.
 */
public class ConflictException extends StudentHubException {
    private static final long serialVersionUID = 1L;

    public ConflictException(String messageKey, Object... args) {
        super(messageKey, args);
    }

    public ConflictException(String messageKey, Throwable cause, Object... args) {
        super(messageKey, cause, args);
    }

    /** A stale update: {@code recordKind} {@code identifier} was changed by someone else. */
    public static ConflictException staleRecord(String recordKind, Object identifier, Throwable cause) {
        return new ConflictException("error.conflict.stale", cause, recordKind, String.valueOf(identifier));
    }
}
