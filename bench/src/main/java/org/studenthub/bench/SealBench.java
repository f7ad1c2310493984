package org.studenthub.bench;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.studenthub.reporting.seal.PdfSealer;
import org.studenthub.reporting.seal.PortfolioVerifier;
import org.studenthub.reporting.seal.SealAlgorithm;
import org.studenthub.reporting.seal.SealAppearance;
import org.studenthub.reporting.seal.SealCertificates;
import org.studenthub.reporting.seal.SealKey;

/**
 * Sealing a 5 MB portfolio-sized PDF (PAdES B-B with the visible seal block, incremental save), beside the raw
 * baseline of SHA-256 over the same bytes, for both seal key types, with one sealer reused (a batch: the visible
 * block is drawn once a minute) and with a new sealer each time (the block drawn for every document). Target:
 * p95 <= 50 ms. No database.
 */
final class SealBench {
    private static final double TARGET_MS = 50;
    private static final long FIVE_MEGABYTES = 5L * 1024 * 1024;

    private SealBench() {}

    static List<Result> run(int rounds) throws IOException, NoSuchAlgorithmException {
        byte[] pdf = EvidencePdfGenerator.report(FIVE_MEGABYTES, 7);
        List<Result> results = new ArrayList<>();
        for (SealAlgorithm algorithm : SealAlgorithm.values()) {
            results.addAll(run(pdf, algorithm, rounds));
        }
        return results;
    }

    private static List<Result> run(byte[] pdf, SealAlgorithm algorithm, int rounds) throws NoSuchAlgorithmException {
        SealKey key = SealCertificates.selfSigned("StudentHub Bench College", algorithm, 1, Instant.now());
        SealAppearance appearance = SealAppearance.of("StudentHub Bench College");
        PdfSealer sealer = new PdfSealer();
        long coldStart = System.nanoTime();
        byte[] sealed = sealer.seal(pdf, key, appearance);
        double coldMs = Stats.millisSince(coldStart);
        int warmUp = Math.max(5, rounds / 4);
        double[] seal = new double[rounds];
        double[] freshStamp = new double[rounds];
        double[] hash = new double[rounds];
        for (int i = -warmUp; i < rounds; i++) {
            long start = System.nanoTime();
            sealed = sealer.seal(pdf, key, appearance);
            double sealMs = Stats.millisSince(start);
            start = System.nanoTime();
            new PdfSealer().seal(pdf, key, appearance);
            double freshMs = Stats.millisSince(start);
            start = System.nanoTime();
            MessageDigest.getInstance("SHA-256").digest(pdf);
            double hashMs = Stats.millisSince(start);
            if (i >= 0) {
                seal[i] = sealMs;
                freshStamp[i] = freshMs;
                hash[i] = hashMs;
            }
        }
        boolean valid = new PortfolioVerifier().verify(sealed).result(
                org.studenthub.reporting.seal.Verification.Check.SIGNATURE).map(r -> r.passed()).orElse(false);
        String name = algorithm.name().toLowerCase(Locale.ROOT);
        String note = String.format(Locale.ROOT, "%.1f MB PDF, %s seal, visible block, incremental save (+%d bytes);"
                + " one sealer for all rounds (the block is drawn once a minute, as in a batch); first seal in this"
                + " JVM %.0f ms; signature valid %s; baseline: SHA-256 of the same bytes",
                pdf.length / 1024.0 / 1024.0, algorithm, sealed.length - pdf.length, coldMs, valid);
        String freshNote = String.format(Locale.ROOT, "%.1f MB PDF, %s seal, a new sealer each time (the visible block"
                + " and its font subset drawn for every document); baseline: SHA-256 of the same bytes",
                pdf.length / 1024.0 / 1024.0, algorithm);
        return List.of(
                new Result("seal_pdf_5mb_" + name + "_p50_ms", Stats.median(seal), "ms", Stats.median(hash),
                        TARGET_MS, true, "none", pdf.length, note),
                new Result("seal_pdf_5mb_" + name + "_p95_ms", Stats.percentile(seal, 95), "ms",
                        Stats.percentile(hash, 95), TARGET_MS, true, "none", pdf.length, note),
                new Result("seal_pdf_5mb_" + name + "_fresh_stamp_p95_ms", Stats.percentile(freshStamp, 95), "ms",
                        Stats.percentile(hash, 95), TARGET_MS, true, "none", pdf.length, freshNote));
    }
}
