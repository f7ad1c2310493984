package org.studenthub.reporting.seal;

import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * The visible seal blocks a sealer drew recently. A block shows the sealing time to the minute, so every document
 * sealed in the same minute for the same college, language and seal gets the same block; drawing it (embedding a
 * font subset) costs more than the signature, so a batch draws it once a minute instead of once a document.
 */
final class SealStamps {
    private static final int KEPT = 8;

    private final Map<Key, byte[]> recent = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, byte[]> eldest) {
            return size() > KEPT;
        }
    };

    /** The template document for the seal block; callers must not change the returned bytes. */
    byte[] template(PDRectangle pageSize, SealAppearance appearance, ZonedDateTime sealedAt, String fingerprintPrefix) {
        ZonedDateTime minute = sealedAt.truncatedTo(ChronoUnit.MINUTES);
        Key key = new Key(pageSize.getWidth(), pageSize.getHeight(), appearance, minute, fingerprintPrefix);
        synchronized (recent) {
            byte[] cached = recent.get(key);
            if (cached != null) {
                return cached;
            }
        }
        byte[] drawn = SealStamp.template(pageSize, PortfolioContract.sealArea(), appearance, minute, fingerprintPrefix);
        synchronized (recent) {
            recent.put(key, drawn);
        }
        return drawn;
    }

    private record Key(float width, float height, SealAppearance appearance, ZonedDateTime minute,
                       String fingerprintPrefix) {}
}
