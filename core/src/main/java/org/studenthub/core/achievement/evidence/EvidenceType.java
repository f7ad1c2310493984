package org.studenthub.core.achievement.evidence;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The kinds of evidence StudentHub accepts: what it can check and render with the JDK and PDFBox alone (ADR 0010).
 * GIF and TIFF contribute their first frame or page to the preview.
 */
enum EvidenceType {
    PDF("application/pdf", "pdf"),
    PNG("image/png", "png"),
    JPEG("image/jpeg", "jpg"),
    GIF("image/gif", "gif"),
    BMP("image/bmp", "bmp"),
    TIFF("image/tiff", "tif");

    private final String mediaType;
    private final String extension;

    EvidenceType(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    String mediaType() {
        return mediaType;
    }

    /** The extension a file of this type is given when its name contradicts its content. */
    String extension() {
        return extension;
    }

    boolean isImage() {
        return this != PDF;
    }

    static Optional<EvidenceType> ofMediaType(String mediaType) {
        return Arrays.stream(values()).filter(type -> type.mediaType.equals(mediaType)).findFirst();
    }

    /** "PDF, PNG, JPEG, GIF, BMP, TIFF", for messages. */
    static String allowedList() {
        return Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", "));
    }
}
