package org.studenthub.core.achievement.evidence;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens a PDF with PDFBox to prove it can be read, and lists its active content. A PDF protected only against
 * editing (an owner password, common on certificates) opens and is accepted; one that needs a password to be read
 * cannot be checked and is refused.
 */
final class PdfInspector {
    private static final Logger LOG = LoggerFactory.getLogger(PdfInspector.class);
    private static final byte[] END_OF_FILE = "%%EOF".getBytes(StandardCharsets.US_ASCII);
    /** Writers may put a little whitespace or padding after the last end-of-file marker. */
    private static final int END_MARKER_WINDOW = 1024;

    List<ActiveContent> inspect(String fileName, byte[] content) {
        if (!endsWithEndOfFileMarker(content)) {
            throw new EvidenceRejectedException("evidence.pdf.truncated", fileName);
        }
        try (PDDocument document = Loader.loadPDF(content)) {
            if (document.getNumberOfPages() == 0) {
                throw new EvidenceRejectedException("evidence.pdf.unreadable", fileName);
            }
            return new ActiveContentScanner().scan(document.getDocument().getTrailer());
        } catch (InvalidPasswordException e) {
            throw new EvidenceRejectedException("evidence.pdf.encrypted", e, fileName);
        } catch (IOException | RuntimeException e) {
            if (e instanceof EvidenceRejectedException rejected) {
                throw rejected;
            }
            LOG.info("PDF evidence {} could not be parsed: {}", fileName, e.toString());
            throw new EvidenceRejectedException("evidence.pdf.unreadable", e, fileName);
        }
    }

    /** A PDF cut short (an interrupted download or copy) lacks the {@code %%EOF} that closes every PDF. */
    private static boolean endsWithEndOfFileMarker(byte[] content) {
        int from = Math.max(0, content.length - END_MARKER_WINDOW);
        for (int i = content.length - END_OF_FILE.length; i >= from; i--) {
            if (startsWith(content, i, END_OF_FILE)) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWith(byte[] content, int offset, byte[] marker) {
        for (int j = 0; j < marker.length; j++) {
            if (content[offset + j] != marker[j]) {
                return false;
            }
        }
        return true;
    }
}
