package org.studenthub.reporting.batch;

/** Hears about each finished item, from the worker thread that finished it (implementations must be thread-safe). */
@FunctionalInterface
public interface BatchListener {
    /**
     * @param done items finished so far (written or failed), this one included
     * @param failure why the item failed, or {@code null} when it was written
     */
    void finished(BatchItem item, int done, int total, Throwable failure);

    BatchListener NONE = (item, done, total, failure) -> { };
}
