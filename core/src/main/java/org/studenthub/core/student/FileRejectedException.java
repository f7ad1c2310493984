package org.studenthub.core.student;

import org.studenthub.core.common.StudentHubException;

/** An uploaded file (photo or document) is not of an accepted type or is too large. */
public class FileRejectedException extends StudentHubException {
    private static final long serialVersionUID = 1L;

    public FileRejectedException(String messageKey, Object... args) {
        super(messageKey, args);
    }
}
