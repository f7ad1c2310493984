package org.studenthub.app.fx;

import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One piece of background work and what to do with its outcome on the FX thread. Failures not handled by an
 * {@link #onFailure} are logged, so none disappears.
 */
public final class BackgroundTask<T> {
    private static final Logger LOG = LoggerFactory.getLogger(BackgroundTask.class);

    private final BackgroundTasks tasks;
    private final Callable<T> work;
    private Consumer<? super T> success = value -> { };
    private Consumer<Throwable> failure = error -> LOG.error("Background task failed", error);

    BackgroundTask(BackgroundTasks tasks, Callable<T> work) {
        this.tasks = tasks;
        this.work = work;
    }

    public BackgroundTask<T> onSuccess(Consumer<? super T> action) {
        this.success = action;
        return this;
    }

    public BackgroundTask<T> onFailure(Consumer<Throwable> action) {
        this.failure = action;
        return this;
    }

    public void start() {
        tasks.submit(() -> {
            T result;
            try {
                result = work.call();
            } catch (Exception | Error e) {
                tasks.deliver(() -> failure.accept(e));
                return;
            }
            tasks.deliver(() -> success.accept(result));
        });
    }
}
