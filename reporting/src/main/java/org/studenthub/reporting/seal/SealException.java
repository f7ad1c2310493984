package org.studenthub.reporting.seal;

import org.studenthub.core.common.StudentHubException;

/**
 * A college seal cannot be created, opened, imported or used. The message never carries a password: keystore
 * errors name the file and say what to do.
 */
public class SealException extends StudentHubException {
    private static final long serialVersionUID = 1L;

    public SealException(String messageKey, Object... args) {
        super(messageKey, args);
    }

    public SealException(String messageKey, Throwable cause, Object... args) {
        super(messageKey, cause, args);
    }
}
