package org.studenthub.core.demo;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.studenthub.core.common.StudentHubException;

/**
 * Lets the writing of later steps of a chunk (dependants, attendance) run beside the next chunk's
 * students, so that both cores (and, on PostgreSQL, several server processes) work. Each step
 * has its own thread and takes chunks in order, so every table is still written by one thread in
 * chunk order and ids stay deterministic. At most {@code maxChunksAhead} chunks wait for their
 * steps; a failed step is rethrown to the caller at the next {@link #submit} or at
 * {@link #finish()}. Closing cancels what has not started and waits for what is running, so
 * nothing writes after the caller has moved on (for example to remove a failed college).
 *
 * <p>A pipeline without threads ({@link #onCallerThread}) runs each chunk's steps at once, in order, on
 * the caller's thread: for the embedded database, where the steps' transactions would only queue for the
 * college's audit chain (ADR 0008) and H2's own page writer already keeps the second core busy.
 */
final class DemoPipeline<R> implements AutoCloseable {
    private final List<ExecutorService> steps;
    private final int maxChunksAhead;
    private final Consumer<R> results;
    private final Deque<List<Future<R>>> pending = new ArrayDeque<>();

    /** One thread per named step; {@code results} receives every step's result, on the caller's thread. */
    DemoPipeline(List<String> stepNames, int maxChunksAhead, Consumer<R> results) {
        this(maxChunksAhead, results, stepNames.stream().map(DemoPipeline::singleThread).toList());
    }

    private DemoPipeline(int maxChunksAhead, Consumer<R> results, List<ExecutorService> steps) {
        this.steps = steps;
        this.maxChunksAhead = maxChunksAhead;
        this.results = results;
    }

    /** A pipeline that runs every step on the caller's thread, when it is submitted. */
    static <R> DemoPipeline<R> onCallerThread(int stepCount, Consumer<R> results) {
        return new DemoPipeline<>(0, results, Collections.nCopies(stepCount, null));
    }

    /** Queues one chunk's steps, in the order of the step names; waits if too many chunks are queued. */
    void submit(List<Callable<R>> chunkSteps) {
        if (chunkSteps.size() != steps.size()) {
            throw new IllegalArgumentException("one task per step expected");
        }
        if (maxChunksAhead == 0) {
            runHere(chunkSteps);
            return;
        }
        while (pending.size() >= maxChunksAhead) {
            collect(pending.removeFirst());
        }
        List<Future<R>> futures = new ArrayList<>(steps.size());
        for (int i = 0; i < steps.size(); i++) {
            futures.add(steps.get(i).submit(chunkSteps.get(i)));
        }
        pending.addLast(futures);
    }

    /** Waits for every queued step and hands over their results. */
    void finish() {
        while (!pending.isEmpty()) {
            collect(pending.removeFirst());
        }
    }

    /** Cancels the steps not started yet (after a failure) and waits for the running ones. */
    @Override
    public void close() {
        pending.forEach(chunk -> chunk.forEach(future -> future.cancel(false)));
        pending.clear();
        boolean interrupted = false;
        for (ExecutorService step : steps) {
            if (step == null) {
                continue;
            }
            step.shutdown();
            while (!step.isTerminated()) {
                try {
                    step.awaitTermination(1, TimeUnit.MINUTES);
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private void runHere(List<Callable<R>> chunkSteps) {
        for (Callable<R> step : chunkSteps) {
            try {
                results.accept(step.call());
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new StudentHubException("error.unexpected", e, e.getClass().getSimpleName());
            }
        }
    }

    private void collect(List<Future<R>> chunk) {
        for (Future<R> future : chunk) {
            try {
                results.accept(future.get());
            } catch (ExecutionException e) {
                if (e.getCause() instanceof RuntimeException runtime) {
                    throw runtime;
                }
                throw new StudentHubException("error.unexpected", e.getCause(), e.getCause().getClass().getSimpleName());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new StudentHubException("error.unexpected", e, e.getClass().getSimpleName());
            }
        }
    }

    private static ExecutorService singleThread(String name) {
        return Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, "studenthub-demo-" + name);
            thread.setDaemon(true);
            return thread;
        });
    }
}
