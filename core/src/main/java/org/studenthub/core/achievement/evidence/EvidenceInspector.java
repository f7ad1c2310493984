package org.studenthub.core.achievement.evidence;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apache.tika.mime.MediaType;

/**
 * Checks an evidence file at upload and prepares what is stored with it. The checks run in this order and the first
 * that fails throws an {@link EvidenceRejectedException} naming the file, the problem and the remedy:
 * <ol>
 *     <li>empty file ({@code evidence.file.empty});</li>
 *     <li>file over the per-file limit ({@code evidence.file.too_large});</li>
 *     <li>achievement over its total limit with this file ({@code evidence.achievement.too_large});</li>
 *     <li>content type, detected from the bytes and never from the name, not accepted
 *         ({@code evidence.type.disguised} when the name claims another type, e.g. a ZIP named .pdf, else
 *         {@code evidence.type.not_allowed}, or {@code evidence.type.unrecognised} when Tika knows no signature in
 *         it);</li>
 *     <li>an image that cannot be decoded or declares an absurd size ({@code evidence.image.*}), a PDF that cannot
 *         be read: truncated, protected by a password or damaged ({@code evidence.pdf.*}).</li>
 * </ol>
 * A name whose extension contradicts an accepted content (a PNG named .jpg) is not refused: the content wins and
 * the stored name gets the content's extension, so the file opens in the right program when downloaded.
 * Thread-safe; build one and share it.
 */
public final class EvidenceInspector {
    private final EvidenceLimits limits;
    private final ContentTypes contentTypes = new ContentTypes();
    private final ImagePreviewer images;
    private final PdfInspector pdfs = new PdfInspector();

    public EvidenceInspector(EvidenceLimits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
        this.images = new ImagePreviewer(limits);
    }

    public EvidenceLimits limits() {
        return limits;
    }

    /**
     * @param fileName             the name the file was uploaded with (any folder part is dropped)
     * @param content              the original bytes, which the caller stores unchanged
     * @param bytesAlreadyAttached total size of the files the achievement already has, without this one
     * @throws EvidenceRejectedException when a check fails
     */
    public InspectedEvidence inspect(String fileName, byte[] content, long bytesAlreadyAttached) {
        String name = baseName(Objects.requireNonNull(fileName, "fileName"));
        Objects.requireNonNull(content, "content");
        if (bytesAlreadyAttached < 0) {
            throw new IllegalArgumentException("bytesAlreadyAttached must not be negative: " + bytesAlreadyAttached);
        }
        checkSizes(name, content.length, bytesAlreadyAttached);
        EvidenceType type = acceptedType(name, content);
        String storedName = nameMatching(name, type);
        ImagePreviewer.Pictures pictures = null;
        List<ActiveContent> activeContent = List.of();
        if (type.isImage()) {
            pictures = images.pictures(name, type, content);
        } else {
            activeContent = pdfs.inspect(name, content);
        }
        return new InspectedEvidence(storedName, type.mediaType(), content.length, sha256Hex(content),
                pictures == null ? null : pictures.preview(), pictures == null ? null : pictures.thumbnail(),
                activeContent);
    }

    private void checkSizes(String name, long size, long alreadyAttached) {
        if (size == 0) {
            throw new EvidenceRejectedException("evidence.file.empty", name);
        }
        if (size > limits.maxFileBytes()) {
            throw new EvidenceRejectedException("evidence.file.too_large", name, megabytes(size),
                    megabytes(limits.maxFileBytes()));
        }
        if (alreadyAttached + size > limits.maxAchievementBytes()) {
            throw new EvidenceRejectedException("evidence.achievement.too_large", name, megabytes(size),
                    megabytes(alreadyAttached + size), megabytes(limits.maxAchievementBytes()));
        }
    }

    private EvidenceType acceptedType(String name, byte[] content) {
        MediaType detected = contentTypes.detect(content);
        Optional<EvidenceType> accepted = contentTypes.evidenceType(detected);
        if (accepted.isPresent()) {
            return accepted.get();
        }
        if (MediaType.OCTET_STREAM.equals(detected)) {
            throw new EvidenceRejectedException("evidence.type.unrecognised", name, EvidenceType.allowedList());
        }
        Optional<MediaType> claimed = contentTypes.claimedBy(name);
        if (claimed.isPresent() && !contentTypes.agree(claimed.get(), detected)) {
            throw new EvidenceRejectedException("evidence.type.disguised", name, contentTypes.label(claimed.get()),
                    contentTypes.label(detected), EvidenceType.allowedList());
        }
        throw new EvidenceRejectedException("evidence.type.not_allowed", name, contentTypes.label(detected),
                EvidenceType.allowedList());
    }

    /** The name, with the content's extension when the name claims another type or none. */
    private String nameMatching(String name, EvidenceType type) {
        Optional<MediaType> claimed = contentTypes.claimedBy(name);
        if (claimed.isPresent() && contentTypes.evidenceType(claimed.get()).orElse(null) == type) {
            return name;
        }
        int dot = name.lastIndexOf('.');
        boolean hasExtension = dot > 0 && claimed.isPresent();
        return (hasExtension ? name.substring(0, dot) : name) + "." + type.extension();
    }

    /** Browsers and some clients send "C:\fakepath\x.pdf" or a path: only the last part is the file's name. */
    private static String baseName(String fileName) {
        String name = fileName.substring(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1).strip();
        if (name.isEmpty()) {
            throw new IllegalArgumentException("an evidence file needs a name: '" + fileName + "'");
        }
        return name;
    }

    /** Megabytes rounded up to one decimal, so a file just over the limit never reads as equal to it. */
    static double megabytes(long bytes) {
        return Math.ceil(bytes * 10.0 / EvidenceLimits.MEGABYTE) / 10.0;
    }

    static String sha256Hex(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime provides SHA-256", e);
        }
    }
}
