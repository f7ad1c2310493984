package org.studenthub.core.common;

/** A record asked for by id, code or number does not exist in the caller's college. */
public class NotFoundException extends StudentHubException {
    private static final long serialVersionUID = 1L;

    public NotFoundException(String recordKind, Object identifier) {
        super("error.not_found", recordKind, String.valueOf(identifier));
    }
}
