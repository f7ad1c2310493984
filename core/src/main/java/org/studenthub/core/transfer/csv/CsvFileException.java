package org.studenthub.core.transfer.csv;

import org.studenthub.core.common.StudentHubException;

/** The file as a whole cannot be read as StudentHub CSV (size, encoding, broken quoting, header). */
public class CsvFileException extends StudentHubException {
    private static final long serialVersionUID = 1L;

    private final long line;

    public CsvFileException(long line, String messageKey, Object... args) {
        super(messageKey, args);
        this.line = line;
    }

    public CsvFileException(long line, String messageKey, Throwable cause, Object... args) {
        super(messageKey, cause, args);
        this.line = line;
    }

    /** Line where reading stopped, 0 when the problem concerns the file before any line. */
    public long line() {
        return line;
    }
}
