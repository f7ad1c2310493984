package org.studenthub.reporting.seal;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Poppler's {@code pdfsig}, run as a process: the independent verifier the seal must satisfy. A machine without
 * it fails the test (install poppler-utils) rather than skipping it.
 */
public final class PdfSig {
    private PdfSig() {}

    /** What pdfsig prints about {@code pdf}. */
    public static String report(byte[] pdf, Path folder) throws IOException, InterruptedException {
        Path file = Files.createTempFile(folder, "sealed-", ".pdf");
        Files.write(file, pdf);
        Process process;
        try {
            process = new ProcessBuilder("pdfsig", file.toString()).redirectErrorStream(true).start();
        } catch (IOException e) {
            return fail("pdfsig (poppler-utils) is needed to check seals independently: " + e.getMessage());
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            return fail("pdfsig did not finish");
        }
        return output;
    }

    public static boolean saysValid(String report) {
        return report.contains("Signature Validation: Signature is Valid.");
    }
}
