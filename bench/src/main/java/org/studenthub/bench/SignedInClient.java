package org.studenthub.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.studenthub.app.AppDirectories;
import org.studenthub.app.client.ClientRoot;
import org.studenthub.app.client.ClientSettings;
import org.studenthub.app.fx.BackgroundTasks;
import org.studenthub.core.demo.DemoReport;

/**
 * For the client memory benchmark, a process of its own: the real client signs the demo registrar in through its
 * sign-in window (typing into its fields and pressing its button, as a person does), waits for the dashboard's
 * figures, writes {@code ready} to the probe file and stays open until the benchmark has read its memory. With
 * {@code --bare} it shows the baseline instead: a bare window with one button.
 *
 * <p>Arguments: {@code probe-file home-folder database-folder} or {@code --bare probe-file}.
 */
public final class SignedInClient extends Application {
    private static final Duration POLL = Duration.millis(20);

    private boolean signInPressed;

    @Override
    public void start(Stage stage) {
        var args = getParameters().getRaw();
        if (args.get(0).equals("--bare")) {
            stage.setScene(new Scene(new Button("OK"), 300, 200));
            stage.setOnShown(e -> ready(Path.of(args.get(1))));
            stage.show();
            return;
        }
        Path probe = Path.of(args.get(0));
        Path home = Path.of(args.get(1));
        ClientSettings settings = ClientSettings.load(home.resolve("client.properties"));
        settings.put("profile.folder", args.get(2));
        ClientRoot root = new ClientRoot(stage, new AppDirectories(home, home.resolve("logs")), settings,
                BackgroundTasks.forFx(), 0);
        root.start();
        Timeline poll = new Timeline();
        poll.getKeyFrames().add(new KeyFrame(POLL, e -> step(stage.getScene(), probe, poll)));
        poll.setCycleCount(Timeline.INDEFINITE);
        poll.play();
    }

    /** Signs in once the window is ready (its fields filled, its button enabled); reports once the dashboard shows its figures. */
    private void step(Scene scene, Path probe, Timeline poll) {
        if (!signInPressed && scene.lookup("#signIn") instanceof Button signIn) {
            ((TextField) scene.lookup("#login")).setText("registrar.demo");
            ((TextField) scene.lookup("#password")).setText(DemoReport.demoPassword());
            if (signIn.isDisabled()) {
                return;
            }
            signIn.fire();
            signInPressed = true;
            return;
        }
        Node value = scene.lookup(".stat-value");
        if (value instanceof Label label && !label.getText().isEmpty()) {
            poll.stop();
            ready(probe);
        }
    }

    private static void ready(Path probe) {
        try {
            Files.writeString(probe, "ready");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Started through this class so that JavaFX runs from the class path. */
    public static final class Launcher {
        private Launcher() {}

        public static void main(String[] args) {
            Application.launch(SignedInClient.class, args);
        }
    }
}
