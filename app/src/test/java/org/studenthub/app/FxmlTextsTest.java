package org.studenthub.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Screens speak through the bundles: no literal text in FXML, and every %key exists in English and Italian. */
class FxmlTextsTest {
    private static final Path FXML_ROOT = Path.of("src/main/resources/org/studenthub/app");
    private static final Pattern TEXT_ATTRIBUTE =
            Pattern.compile("\\b(text|promptText|title|accessibleText|accessibleHelp|label)=\"([^\"]*)\"");

    @Test
    void everyVisibleTextIsAKeyOfBothBundles() throws IOException {
        Properties english = load("org/studenthub/app/messages.properties");
        Properties italian = load("org/studenthub/app/messages_it.properties");
        List<String> problems = new ArrayList<>();
        List<Path> screens = fxmlFiles();

        for (Path fxml : screens) {
            Matcher m = TEXT_ATTRIBUTE.matcher(Files.readString(fxml));
            while (m.find()) {
                String value = m.group(2);
                if (!value.startsWith("%")) {
                    problems.add(fxml.getFileName() + ": literal " + m.group(1) + "=\"" + value + "\"");
                } else if (!english.containsKey(value.substring(1)) || !italian.containsKey(value.substring(1))) {
                    problems.add(fxml.getFileName() + ": " + value + " is missing from a bundle");
                }
            }
        }

        assertThat(screens).isNotEmpty();
        assertThat(problems).isEmpty();
    }

    private static List<Path> fxmlFiles() throws IOException {
        try (Stream<Path> files = Files.walk(FXML_ROOT)) {
            return files.filter(p -> p.toString().endsWith(".fxml")).toList();
        }
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = FxmlTextsTest.class.getClassLoader().getResourceAsStream(resource)) {
            properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return properties;
    }
}
