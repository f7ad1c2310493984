package org.studenthub.bench;

import java.io.IOException;
import java.nio.file.Path;

/** The current display, or a virtual one (Xvfb) started for the client benchmarks and stopped after them. */
final class VirtualDisplay implements AutoCloseable {
    private final String name;
    private final Process xvfb;

    private VirtualDisplay(String name, Process xvfb) {
        this.name = name;
        this.xvfb = xvfb;
    }

    static VirtualDisplay start(Path scratch) throws IOException, InterruptedException {
        String current = System.getenv("DISPLAY");
        if (current != null) {
            return new VirtualDisplay(current, null);
        }
        String name = ":97";
        Process xvfb = new ProcessBuilder("Xvfb", name, "-screen", "0", "1280x800x24").redirectErrorStream(true)
                .redirectOutput(scratch.resolve("xvfb.log").toFile()).start();
        Thread.sleep(700);
        return new VirtualDisplay(name, xvfb);
    }

    String name() {
        return name;
    }

    @Override
    public void close() {
        if (xvfb != null) {
            xvfb.destroy();
        }
    }
}
