package org.studenthub.app.fx;

import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place the client runs work off the FX thread: database calls, files, PDFs. Work runs on a small pool of
 * named daemon threads; its result or failure is delivered on the FX thread. ViewModels take this class in their
 * constructor; their tests use {@link #direct()}, which runs everything on the calling thread.
 */
public final class BackgroundTasks implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(BackgroundTasks.class);

    private final Executor work;
    private final Executor ui;
    private final ExecutorService pool;
    private final ReadOnlyIntegerWrapper running = new ReadOnlyIntegerWrapper(this, "running");

    private BackgroundTasks(ExecutorService pool, Executor work, Executor ui) {
        this.pool = pool;
        this.work = work;
        this.ui = ui;
    }

    /** Background threads, results on the FX thread. */
    public static BackgroundTasks forFx() {
        AtomicInteger number = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(2, Runtime.getRuntime().availableProcessors()),
                runnable -> {
                    Thread thread = new Thread(runnable, "studenthub-background-" + number.incrementAndGet());
                    thread.setDaemon(true);
                    thread.setUncaughtExceptionHandler((t, e) -> LOG.error("Uncaught in {}", t.getName(), e));
                    return thread;
                });
        return new BackgroundTasks(pool, pool, Platform::runLater);
    }

    /** Everything on the calling thread: for ViewModel tests. */
    public static BackgroundTasks direct() {
        return new BackgroundTasks(null, Runnable::run, Runnable::run);
    }

    /**
     * Background work on {@code work}, results on {@code ui}: for tests that decide when each piece of work runs
     * (to deliver answers out of order, as a slow database can).
     */
    public static BackgroundTasks using(Executor work, Executor ui) {
        return new BackgroundTasks(null, work, ui);
    }

    /** Work to run in the background; say what happens with its result, then {@link BackgroundTask#start()}. */
    public <T> BackgroundTask<T> wrap(Callable<T> callable) {
        return new BackgroundTask<>(this, callable);
    }

    /** How many tasks are running now (for the status bar); changes on the FX thread. */
    public ReadOnlyIntegerProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** Runs {@code uiPart} on the FX thread (at once in tests): for progress reported by work still running. */
    public void onUi(Runnable uiPart) {
        ui.execute(uiPart);
    }

    void submit(Runnable backgroundPart) {
        ui.execute(() -> running.set(running.get() + 1));
        work.execute(backgroundPart);
    }

    void deliver(Runnable uiPart) {
        ui.execute(() -> {
            running.set(running.get() - 1);
            uiPart.run();
        });
    }

    @Override
    public void close() {
        if (pool != null) {
            pool.shutdownNow();
            try {
                pool.awaitTermination(2, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
