package org.studenthub.app.client;

import static org.assertj.core.api.Assertions.assertThatCode;

import org.junit.jupiter.api.Test;
import org.kordamp.ikonli.material2.Material2ALIkonHandler;
import org.kordamp.ikonli.material2.Material2MZIkonHandler;
import org.studenthub.app.shell.Destination;

/** Every sidebar icon names a glyph of the icon pack (a wrong name only fails when the window opens). */
class IconsTest {
    @Test
    void everyDestinationIconExists() {
        Material2ALIkonHandler al = new Material2ALIkonHandler();
        Material2MZIkonHandler mz = new Material2MZIkonHandler();
        for (Destination destination : Destination.values()) {
            String icon = destination.icon();
            assertThatCode(() -> (icon.startsWith("mdal-") ? al : mz).resolve(icon)).as(icon).doesNotThrowAnyException();
        }
    }
}
