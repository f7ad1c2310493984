package org.studenthub.reporting.seal;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.studenthub.core.testing.BundleChecks;

/** Every seal and verification text exists in English and Italian, and the Italian is translated. */
class SealTranslationsTest {
    private static final String BUNDLE = "org/studenthub/reporting/seal/messages";

    @Test
    void englishAndItalianHaveTheSameKeys() throws IOException {
        BundleChecks.sameKeysInEnglishAndItalian(BUNDLE);
    }

    @Test
    void italianTextsAreTranslated() throws IOException {
        BundleChecks.italianTextsAreTranslated(BUNDLE);
    }
}
