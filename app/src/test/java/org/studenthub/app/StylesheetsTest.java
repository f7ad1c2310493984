package org.studenthub.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javafx.css.CssParser;
import org.junit.jupiter.api.Test;

/** Every stylesheet of the client parses without an error: a broken rule silently drops the rules after it. */
class StylesheetsTest {
    private static final Path ROOT = Path.of("src/main/resources/org/studenthub/app");

    @Test
    void everyStylesheetParsesCleanly() throws IOException {
        List<Path> sheets;
        try (Stream<Path> files = Files.walk(ROOT)) {
            sheets = files.filter(p -> p.toString().endsWith(".css")).toList();
        }
        assertThat(sheets).isNotEmpty();
        for (Path sheet : sheets) {
            CssParser.errorsProperty().clear();
            new CssParser().parse(sheet.toUri().toURL());
            assertThat(CssParser.errorsProperty()).as(sheet.toString()).isEmpty();
        }
    }
}
