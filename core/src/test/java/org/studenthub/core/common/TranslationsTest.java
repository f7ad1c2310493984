package org.studenthub.core.common;

import java.io.IOException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.studenthub.core.testing.BundleChecks;

/** Every English text of core has an Italian translation and vice versa, and none is left untranslated. */
class TranslationsTest {

    @ParameterizedTest
    @ValueSource(strings = {"org/studenthub/core/messages", "ValidationMessages"})
    void englishAndItalianHaveTheSameKeys(String bundle) throws IOException {
        BundleChecks.sameKeysInEnglishAndItalian(bundle);
    }

    @ParameterizedTest
    @ValueSource(strings = {"org/studenthub/core/messages", "ValidationMessages"})
    void italianTextsAreTranslated(String bundle) throws IOException {
        BundleChecks.italianTextsAreTranslated(bundle);
    }
}
