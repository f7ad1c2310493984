package org.studenthub.core.demo;

/**
 * Receives the generator's progress, for a command line or a progress bar. Called from the
 * generating thread; keep it quick.
 */
@FunctionalInterface
public interface DemoProgress {
    /** Progress that nobody watches. */
    DemoProgress NONE = (phase, done, total) -> { };

    /**
     * @param phase what is being generated, e.g. {@code "DEMO: students"}
     * @param done  units finished in this phase
     * @param total units in this phase
     */
    void update(String phase, long done, long total);
}
