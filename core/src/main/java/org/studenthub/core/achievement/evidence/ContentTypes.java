package org.studenthub.core.achievement.evidence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Optional;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;
import org.apache.tika.mime.MimeType;
import org.apache.tika.mime.MimeTypeException;
import org.apache.tika.mime.MimeTypes;

/**
 * Media types from Apache Tika's magic-byte detection (the content) and from its file-name patterns (the name).
 * Thread-safe: Tika's type database is immutable once loaded.
 */
final class ContentTypes {
    private final MimeTypes types = MimeTypes.getDefaultMimeTypes();
    private final MediaTypeRegistry registry = types.getMediaTypeRegistry();

    /** The type the bytes declare by their signature; never looks at a name. */
    MediaType detect(byte[] content) {
        try (TikaInputStream in = TikaInputStream.get(content)) {
            return registry.normalize(types.detect(in, new Metadata()).getBaseType());
        } catch (IOException e) {
            throw new UncheckedIOException("reading from a byte array failed", e);
        }
    }

    /** The type a file name claims by its extension, or empty when the name claims none that Tika knows. */
    Optional<MediaType> claimedBy(String fileName) {
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
        try {
            MediaType claimed = registry.normalize(types.detect(null, metadata).getBaseType());
            return MediaType.OCTET_STREAM.equals(claimed) ? Optional.empty() : Optional.of(claimed);
        } catch (IOException e) {
            throw new UncheckedIOException("name-based detection read no stream, yet failed", e);
        }
    }

    /**
     * True when one type is the other or a special case of it (a PDF/A is a PDF). Every type is a special case of
     * {@code application/octet-stream}, so unrecognised content must be handled before asking.
     */
    boolean agree(MediaType a, MediaType b) {
        return a.equals(b) || registry.isSpecializationOf(a, b) || registry.isSpecializationOf(b, a);
    }

    /** The accepted evidence type the content is, or is a special case of. */
    Optional<EvidenceType> evidenceType(MediaType detected) {
        for (MediaType type = detected; type != null; type = registry.getSupertype(type)) {
            Optional<EvidenceType> known = EvidenceType.ofMediaType(type.toString());
            if (known.isPresent()) {
                return known;
            }
        }
        return Optional.empty();
    }

    /** A short, language-neutral name for messages: "ZIP", "DOCX", or the media type when Tika knows no extension. */
    String label(MediaType type) {
        Optional<EvidenceType> known = EvidenceType.ofMediaType(type.toString());
        if (known.isPresent()) {
            return known.get().name();
        }
        try {
            MimeType mimeType = types.forName(type.toString());
            String extension = mimeType.getExtension();
            return extension.isEmpty() ? type.toString() : extension.substring(1).toUpperCase(Locale.ROOT);
        } catch (MimeTypeException e) {
            return type.toString();
        }
    }
}
