package org.studenthub.core.transfer;

/**
 * Told how far an import has gone. Called on the importing thread, every few hundred rows read
 * and once when the whole file has been read, before anything is written. Throwing (for
 * instance an {@link ImportCancelledException} when the person cancels) stops the import and
 * rolls back its one transaction, so nothing is written.
 */
@FunctionalInterface
public interface ImportProgress {
    /** Reports nothing. */
    ImportProgress NONE = rows -> {};

    /** {@code rows} data rows have been read and checked so far. */
    void rowsRead(long rows);
}
