package org.studenthub.app;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.studenthub.core.testing.BundleChecks;

/** Every English text of the application has an Italian translation and vice versa, and none is left untranslated. */
class TranslationsTest {
    private static final String BUNDLE = "org/studenthub/app/messages";

    @Test
    void englishAndItalianHaveTheSameKeys() throws IOException {
        BundleChecks.sameKeysInEnglishAndItalian(BUNDLE);
    }

    @Test
    void italianTextsAreTranslated() throws IOException {
        BundleChecks.italianTextsAreTranslated(BUNDLE);
    }
}
