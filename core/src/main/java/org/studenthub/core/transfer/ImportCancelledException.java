package org.studenthub.core.transfer;

import org.studenthub.core.common.StudentHubException;

/** The person stopped an import before it wrote; its transaction was rolled back. */
public class ImportCancelledException extends StudentHubException {
    private static final long serialVersionUID = 1L;

    public ImportCancelledException() {
        super("import.cancelled");
    }
}
