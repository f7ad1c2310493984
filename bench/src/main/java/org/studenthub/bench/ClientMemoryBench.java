package org.studenthub.bench;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.studenthub.core.db.Database;
import org.studenthub.core.db.DatabaseLocation;
import org.studenthub.core.demo.DemoGenerator;
import org.studenthub.core.demo.DemoOptions;
import org.studenthub.core.demo.DemoProgress;
import org.studenthub.core.tenancy.PlatformContext;

/**
 * Memory of the desktop client after sign-in, as the operating system counts it (resident set size, Linux
 * {@code /proc}): the client is started with the {@code studenthub} launcher's JVM options and class-data archive
 * (written by a first, unmeasured run), signs the demo registrar
 * in through its window (see {@link SignedInClient}) and shows the dashboard; its RSS is read after a short settle.
 * Baseline: a bare JavaFX window with one button, started the same way. Target <= 250 MB. Needs a display or Xvfb.
 */
final class ClientMemoryBench {
    private static final double TARGET_MB = 250;
    private static final long SETTLE_MILLIS = 2_000;

    private ClientMemoryBench() {}

    static List<Result> run(Path scratch, int students, int launches) throws Exception {
        Path folder = Files.createDirectories(scratch).resolve("db");
        try (Database database = Database.open(DatabaseLocation.embedded(folder))) {
            new DemoGenerator(database).generate(PlatformContext.system("bench"), DemoOptions.ofStudents(students),
                    DemoProgress.NONE);
        }
        try (VirtualDisplay display = VirtualDisplay.start(scratch)) {
            double[] client = new double[launches];
            double[] bare = new double[launches];
            Path clientArchive = scratch.resolve("client.jsa");
            Path bareArchive = scratch.resolve("bare.jsa");
            for (int i = -1; i < launches; i++) {
                // the first, unmeasured run of each writes its class-data archive, as the launcher's first run does
                Path home = Files.createDirectories(scratch.resolve("home-" + (i + 1)));
                double clientMb = residentMegabytes(scratch, display.name(), cds(i, clientArchive),
                        List.of(home.resolve("probe").toString(), home.toString(), folder.toString()));
                double bareMb = residentMegabytes(scratch, display.name(), cds(i, bareArchive),
                        List.of("--bare", home.resolve("bare-probe").toString()));
                if (i >= 0) {
                    client[i] = clientMb;
                    bare[i] = bareMb;
                }
            }
            return List.of(new Result("client_rss_after_sign_in_mb", Stats.median(client), "MB", Stats.median(bare),
                    TARGET_MB, true, "H2", students, String.format(Locale.ROOT,
                    "median of %d client processes (launcher JVM options and class-data archive, JDK %s): resident set size %d s after the"
                    + " dashboard of the demo registrar (college of %d students) showed its figures; baseline: a bare"
                    + " JavaFX window with one button, started the same way", launches,
                    System.getProperty("java.version"), SETTLE_MILLIS / 1000, students)));
        }
    }

    private static String cds(int launch, Path archive) {
        return launch < 0 ? "-XX:ArchiveClassesAtExit=" + archive : "-XX:SharedArchiveFile=" + archive;
    }

    private static double residentMegabytes(Path scratch, String display, String cds, List<String> args)
            throws IOException, InterruptedException {
        Path probe = Path.of(args.get(0).equals("--bare") ? args.get(1) : args.get(0));
        List<String> command = new ArrayList<>();
        command.add(System.getProperty("java.home") + File.separator + "bin" + File.separator + "java");
        command.addAll(ClientLaunchBench.LAUNCHER_OPTIONS);
        command.add(cds);
        command.add("-Xlog:cds=off");
        command.add("-Xlog:cds+dynamic=off");
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(SignedInClient.Launcher.class.getName());
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(scratch.resolve("memory.log").toFile());
        builder.environment().put("DISPLAY", display);
        Process process = builder.start();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (!Files.exists(probe) && process.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            if (!Files.exists(probe)) {
                throw new IllegalStateException("the client did not reach its dashboard; see " + scratch.resolve("memory.log"));
            }
            Thread.sleep(SETTLE_MILLIS);
            return residentKilobytes(process.pid()) / 1024.0;
        } finally {
            process.destroy();
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }

    private static long residentKilobytes(long pid) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", ""));
            }
        }
        throw new IllegalStateException("no VmRSS for process " + pid);
    }
}
