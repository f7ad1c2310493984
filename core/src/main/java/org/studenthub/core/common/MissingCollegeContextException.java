package org.studenthub.core.common;

/** A tenant-scoped operation was attempted without naming the college it runs for. */
public class MissingCollegeContextException extends StudentHubException {
    private static final long serialVersionUID = 1L;

    public MissingCollegeContextException() {
        super("error.no_college_context");
    }
}
