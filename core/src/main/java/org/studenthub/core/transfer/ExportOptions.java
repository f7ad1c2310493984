package org.studenthub.core.transfer;

/**
 * How an export writes its file.
 *
 * @param byteOrderMark write a UTF-8 byte order mark first (helps spreadsheets detect UTF-8)
 */
public record ExportOptions(boolean byteOrderMark) {
    /** UTF-8 with a byte order mark, the form spreadsheets open correctly. */
    public static ExportOptions defaults() {
        return new ExportOptions(true);
    }
}
