package org.studenthub.reporting.report;

import org.studenthub.core.common.StudentHubException;

/** A report could not be made or written; the message says what, where and what to do. */
public class ReportException extends StudentHubException {
    private static final long serialVersionUID = 1L;

    public ReportException(String messageKey, Throwable cause, Object... args) {
        super(messageKey, cause, args);
    }
}
