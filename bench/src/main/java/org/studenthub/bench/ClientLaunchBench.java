package org.studenthub.bench;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Launch of the desktop client to its sign-in window on screen, as the {@code studenthub} launcher starts it (same
 * JVM options, and the class-data archive the launcher's first client run leaves behind), p50 of several launches
 * in fresh processes; baseline: a bare JavaFX window with one button started the same way (its own archive). Needs
 * a display: the current one, or a virtual one started here with Xvfb.
 */
final class ClientLaunchBench {
    private static final double TARGET_MS = 1_000;
    /** The JVM options the {@code studenthub} launcher starts the client with (keep in step with it). */
    static final List<String> LAUNCHER_OPTIONS = List.of("-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xms16m",
            "-XX:MinHeapFreeRatio=10", "-XX:MaxHeapFreeRatio=30", "-XX:-ShrinkHeapInSteps");

    private ClientLaunchBench() {}

    static List<Result> run(Path scratch, int launches) throws Exception {
        Files.createDirectories(scratch);
        try (VirtualDisplay display = VirtualDisplay.start(scratch)) {
            double[] client = times(scratch, display.name(), launches, "org.studenthub.app.Main");
            double[] bare = times(scratch, display.name(), launches, BareWindow.Launcher.class.getName());
            return List.of(new Result("client_launch_to_sign_in_p50_ms", Stats.median(client), "ms",
                    Stats.median(bare), TARGET_MS, true, "H2", launches, String.format(Locale.ROOT,
                    "p50 of %d launches (after one unmeasured that writes the class-data archive), process start to the"
                    + " sign-in window shown, JVM options of the studenthub launcher, JDK %s; baseline: a bare JavaFX"
                    + " window with one button, launched the same way",
                    launches, System.getProperty("java.version"))));
        }
    }

    private static double[] times(Path scratch, String display, int launches, String mainClass) throws Exception {
        double[] millis = new double[launches];
        Path archive = scratch.resolve(mainClass.replaceAll("\\W", "_") + ".jsa");
        for (int i = -1; i < launches; i++) {
            // the first, unmeasured launch writes the archive at exit, as the launcher's first client run does
            String cds = i < 0 ? "-XX:ArchiveClassesAtExit=" + archive : "-XX:SharedArchiveFile=" + archive;
            double launch = launchOnce(scratch, display, mainClass, cds);
            if (i >= 0) {
                millis[i] = launch;
            }
        }
        return millis;
    }

    private static double launchOnce(Path scratch, String display, String mainClass, String cds)
            throws IOException, InterruptedException {
        Path probe = scratch.resolve("shown-" + System.nanoTime());
        List<String> command = new ArrayList<>();
        command.add(System.getProperty("java.home") + File.separator + "bin" + File.separator + "java");
        command.addAll(LAUNCHER_OPTIONS);
        command.add(cds);
        command.add("-Xlog:cds=off");
        command.add("-Xlog:cds+dynamic=off");
        command.add("-Dstudenthub.launchProbe=" + probe);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(mainClass);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(scratch.resolve("launch.log").toFile());
        builder.environment().put("DISPLAY", display);
        builder.environment().put("STUDENTHUB_HOME", scratch.resolve("home").toString());
        long start = System.nanoTime();
        Process process = builder.start();
        while (!Files.exists(probe) && process.isAlive()) {
            Thread.sleep(2);
        }
        double millis = Stats.millisSince(start);
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
        if (!Files.exists(probe)) {
            throw new IllegalStateException(mainClass + " did not show its window; see " + scratch.resolve("launch.log"));
        }
        return millis;
    }
}
