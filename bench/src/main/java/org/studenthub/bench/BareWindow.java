package org.studenthub.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.stage.Stage;

/** The launch benchmark's baseline: a bare JavaFX window with one button, timed like the client. */
public final class BareWindow extends Application {
    @Override
    public void start(Stage stage) {
        stage.setScene(new Scene(new Button("OK"), 300, 200));
        Path probe = Path.of(System.getProperty("studenthub.launchProbe"));
        stage.setOnShown(e -> Platform.runLater(() -> {
            try {
                Files.writeString(probe, Long.toString(ManagementFactory.getRuntimeMXBean().getUptime()));
            } catch (java.io.IOException ex) {
                throw new java.io.UncheckedIOException(ex);
            }
            Platform.exit();
        }));
        stage.show();
    }

    /** Started through this class so that JavaFX runs from the class path. */
    public static final class Launcher {
        private Launcher() {}

        public static void main(String[] args) {
            Application.launch(BareWindow.class, args);
        }
    }
}
