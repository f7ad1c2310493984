package org.studenthub.bench;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import org.studenthub.core.achievement.evidence.EvidenceInspector;
import org.studenthub.core.achievement.evidence.EvidenceLimits;
import org.studenthub.core.achievement.evidence.InspectedEvidence;

/**
 * Evidence upload of a 10 MB PDF through every check (size, Tika content detection, PDFBox parse, active-content
 * walk, SHA-256), beside the raw baseline of SHA-256 over the same bytes alone. Target: p95 <= 150 ms. No database:
 * storing the bytes belongs to the achievement service's own benchmark.
 */
final class EvidenceBench {
    private static final double TARGET_MS = 150;
    private static final long TEN_MEGABYTES = 10 * EvidenceLimits.MEGABYTE;

    private EvidenceBench() {}

    static List<Result> run(int rounds) throws IOException, NoSuchAlgorithmException {
        byte[] pdf = EvidencePdfGenerator.report(TEN_MEGABYTES, 42);
        EvidenceInspector inspector = new EvidenceInspector(EvidenceLimits.DEFAULTS);
        int warmUp = Math.max(5, rounds / 4);
        double[] upload = new double[rounds];
        double[] hash = new double[rounds];
        long coldStart = System.nanoTime();
        InspectedEvidence last = inspector.inspect("internship-report.pdf", pdf, 0);
        double coldMs = Stats.millisSince(coldStart);
        for (int i = -warmUp; i < rounds; i++) {
            long start = System.nanoTime();
            last = inspector.inspect("internship-report.pdf", pdf, 0);
            double uploadMs = Stats.millisSince(start);
            start = System.nanoTime();
            MessageDigest.getInstance("SHA-256").digest(pdf);
            double hashMs = Stats.millisSince(start);
            if (i >= 0) {
                upload[i] = uploadMs;
                hash[i] = hashMs;
            }
        }
        String note = String.format(java.util.Locale.ROOT,
                "%.1f MB PDF of %s; first upload in a fresh JVM %.0f ms; baseline: SHA-256 of the same bytes",
                pdf.length / (double) EvidenceLimits.MEGABYTE, pages(last, pdf), coldMs);
        return List.of(
                new Result("evidence_upload_pdf_10mb_p50_ms", Stats.median(upload), "ms", Stats.median(hash),
                        TARGET_MS, true, "none", pdf.length, note),
                new Result("evidence_upload_pdf_10mb_p95_ms", Stats.percentile(upload, 95), "ms",
                        Stats.percentile(hash, 95), TARGET_MS, true, "none", pdf.length, note));
    }

    private static String pages(InspectedEvidence evidence, byte[] pdf) throws IOException {
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            return document.getNumberOfPages() + " pages with text and a photo each, active content "
                    + evidence.activeContent();
        }
    }
}
