package org.studenthub.app.client;

import javafx.application.Application;

/**
 * Starts the desktop client. A separate class from {@link ClientApp} so that the JavaFX application class is
 * not the main class: JavaFX then runs from the class path without a module path.
 */
public final class ClientLauncher {
    private ClientLauncher() {}

    public static void launch(String... args) {
        Application.launch(ClientApp.class, args);
    }
}
