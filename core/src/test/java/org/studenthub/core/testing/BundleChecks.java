package org.studenthub.core.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/** Checks that a message bundle is complete and translated in Italian; used by each module's translation test. */
public final class BundleChecks {
    private BundleChecks() {}

    /** {@code bundle} (a resource path without ".properties") has the same keys in English and Italian. */
    public static void sameKeysInEnglishAndItalian(String bundle) throws IOException {
        Properties english = load(bundle + ".properties");
        Properties italian = load(bundle + "_it.properties");

        assertThat(italian.stringPropertyNames()).as("keys of %s_it", bundle)
                .containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
    }

    /** Every Italian text longer than a word or two differs from its English original. */
    public static void italianTextsAreTranslated(String bundle) throws IOException {
        Properties english = load(bundle + ".properties");
        Properties italian = load(bundle + "_it.properties");

        assertThat(english.stringPropertyNames())
                .filteredOn(key -> english.getProperty(key).length() > 12)
                .allSatisfy(key -> assertThat(italian.getProperty(key)).as(key)
                        .isNotBlank().isNotEqualTo(english.getProperty(key)));
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = BundleChecks.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
