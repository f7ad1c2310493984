package org.studenthub.reporting.batch;

import java.io.OutputStream;

/** Produces one item's content. Called from several threads at once; each call gets its own stream. */
@FunctionalInterface
public interface ItemWriter {
    void write(BatchItem item, OutputStream out) throws Exception;
}
