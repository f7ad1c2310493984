package org.studenthub.app.client;

import javafx.application.Application;
import org.studenthub.app.fx.Theme;

/**
 * Starts the desktop client. A separate class from {@link ClientApp} so that the JavaFX application class is
 * not the main class: JavaFX then runs from the class path without a module path.
 */
public final class ClientLauncher {
    private ClientLauncher() {}

    public static void launch(String... args) {
        // asks the desktop for its light or dark preference here, on the main thread, not on the FX thread later
        Theme.SYSTEM.dark();
        Application.launch(ClientApp.class, args);
    }
}
