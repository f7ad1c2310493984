package org.studenthub.reporting.batch;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.studenthub.core.transfer.csv.AtomicFiles;

/**
 * Writes many files in the background on a fixed number of threads. Each file is written atomically (a temporary
 * file in the same folder, forced to disk, then moved into place), so a failure or a cancel never leaves a part
 * of a file. One item failing does not stop the others; every failure is reported with its item.
 * {@link #cancel()} starts no further item; items already being written finish.
 */
public final class Batch {
    private enum Outcome { WRITTEN, FAILED, CANCELLED }

    private final List<BatchItem> items;
    private final ExecutorService workers;
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private final AtomicInteger done = new AtomicInteger();
    private final Map<Integer, Outcome> outcomes = new ConcurrentHashMap<>();
    private final Map<Integer, Throwable> failures = new ConcurrentHashMap<>();

    private Batch(List<BatchItem> items, int threads) {
        this.items = List.copyOf(items);
        this.workers = Executors.newFixedThreadPool(threads, daemonThreads());
    }

    /** Starts writing {@code items} with {@code threads} threads (for CPU-bound rendering: the number of cores). */
    public static Batch start(List<BatchItem> items, ItemWriter writer, int threads, BatchListener listener) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1");
        }
        Batch batch = new Batch(items, threads);
        for (int i = 0; i < batch.items.size(); i++) {
            int index = i;
            batch.workers.execute(() -> batch.run(index, writer, listener));
        }
        batch.workers.shutdown();
        return batch;
    }

    /** Starts no further item. Items being written finish; the others are reported as cancelled. */
    public void cancel() {
        cancelled.set(true);
    }

    /** Waits until every item is written, failed or cancelled. */
    public BatchReport await() throws InterruptedException {
        while (!workers.awaitTermination(1, TimeUnit.SECONDS)) {
            // keep waiting; a caller wanting to stop calls cancel() from another thread
        }
        return report();
    }

    private void run(int index, ItemWriter writer, BatchListener listener) {
        BatchItem item = items.get(index);
        if (cancelled.get()) {
            outcomes.put(index, Outcome.CANCELLED);
            return;
        }
        Throwable failure = null;
        try {
            AtomicFiles.write(item.target(), out -> writer.write(item, out));
            outcomes.put(index, Outcome.WRITTEN);
        } catch (Exception | Error e) {
            failure = e;
            failures.put(index, e);
            outcomes.put(index, Outcome.FAILED);
        }
        listener.finished(item, done.incrementAndGet(), items.size(), failure);
    }

    private BatchReport report() {
        List<BatchItem> written = new ArrayList<>();
        List<BatchReport.Failure> failed = new ArrayList<>();
        List<BatchItem> notStarted = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            switch (outcomes.get(i)) {
                case WRITTEN -> written.add(items.get(i));
                case FAILED -> failed.add(new BatchReport.Failure(items.get(i), failures.get(i)));
                case CANCELLED -> notStarted.add(items.get(i));
            }
        }
        return new BatchReport(written, failed, notStarted);
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger number = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, "studenthub-batch-" + number.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
