package org.studenthub.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every English text of the application has an Italian translation and vice versa, and none is left untranslated. */
class TranslationsTest {

    @ParameterizedTest
    @ValueSource(strings = {"org/studenthub/app/messages"})
    void englishAndItalianHaveTheSameKeys(String bundle) throws IOException {
        Properties english = load(bundle + ".properties");
        Properties italian = load(bundle + "_it.properties");

        assertThat(italian.stringPropertyNames()).as("keys of %s_it", bundle)
                .containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
    }

    @ParameterizedTest
    @ValueSource(strings = {"org/studenthub/app/messages"})
    void italianTextsAreTranslated(String bundle) throws IOException {
        Properties english = load(bundle + ".properties");
        Properties italian = load(bundle + "_it.properties");

        assertThat(english.stringPropertyNames())
                .filteredOn(key -> !english.getProperty(key).isBlank())
                .filteredOn(key -> english.getProperty(key).length() > 12)
                .allSatisfy(key -> assertThat(italian.getProperty(key)).as(key)
                        .isNotBlank().isNotEqualTo(english.getProperty(key)));
    }

    static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = TranslationsTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
