package org.studenthub.reporting.batch;

import java.util.List;

/**
 * What a batch did, each list in the order the items were given.
 *
 * @param written items whose file is complete
 * @param failed items that failed, with the reason; their file was not written (an older file stays as it was)
 * @param cancelled items never started because the batch was cancelled
 */
public record BatchReport(List<BatchItem> written, List<Failure> failed, List<BatchItem> cancelled) {
    public record Failure(BatchItem item, Throwable error) {}

    public boolean complete() {
        return failed.isEmpty() && cancelled.isEmpty();
    }
}
