package org.studenthub.app.cli;

import org.studenthub.core.common.StudentHubException;

/** Input given on the command line (or a file it names) cannot be used. */
public class InvalidInputException extends StudentHubException {
    private static final long serialVersionUID = 1L;

    public InvalidInputException(String messageKey, Object... args) {
        super(messageKey, args);
    }
}
