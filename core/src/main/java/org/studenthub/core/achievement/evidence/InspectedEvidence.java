package org.studenthub.core.achievement.evidence;

import java.util.List;

/**
 * An evidence file that passed every check; the caller stores it beside the original bytes.
 *
 * @param fileName      the name to store: the uploaded name without any folder, its extension matching the content
 * @param mediaType     the type detected from the content, e.g. {@code application/pdf}
 * @param sizeBytes     size of the original bytes
 * @param sha256Hex     SHA-256 of the original bytes, 64 lowercase hexadecimal digits
 * @param previewJpeg   for images the normalised JPEG preview; {@code null} for PDFs
 * @param thumbnailJpeg for images the small JPEG portfolios print (long side 480 px); {@code null} for PDFs
 * @param activeContent for PDFs what the approver should know about (empty when nothing); empty for images
 */
public record InspectedEvidence(String fileName, String mediaType, long sizeBytes, String sha256Hex,
                                byte[] previewJpeg, byte[] thumbnailJpeg, List<ActiveContent> activeContent) {
    public InspectedEvidence {
        activeContent = List.copyOf(activeContent);
    }

    public boolean isImage() {
        return previewJpeg != null;
    }
}
