package org.studenthub.app.shell;

import java.util.Arrays;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.studenthub.app.fx.BackgroundTasks;
import org.studenthub.app.session.Session;

/**
 * The main window's state: who is signed in where, the screens their role may open (nothing else appears in the
 * sidebar), the screen shown, and how much background work is running.
 */
public final class ShellViewModel {
    private final Session session;
    private final BackgroundTasks tasks;
    private final List<Destination> destinations;
    private final ObjectProperty<Destination> current = new SimpleObjectProperty<>(Destination.DASHBOARD);

    public ShellViewModel(Session session, BackgroundTasks tasks) {
        this.session = session;
        this.tasks = tasks;
        this.destinations = Arrays.stream(Destination.values())
                .filter(d -> d.openTo(session::may)).toList();
    }

    public List<Destination> destinations() {
        return destinations;
    }

    public ObjectProperty<Destination> currentProperty() {
        return current;
    }

    /** Opens {@code destination} if the role may use it. */
    public void open(Destination destination) {
        if (destinations.contains(destination)) {
            current.set(destination);
        }
    }

    public String collegeName() {
        return session.collegeName();
    }

    public String userName() {
        return session.displayName() == null || session.displayName().isBlank() ? session.login() : session.displayName();
    }

    public String where() {
        return session.profile().describe();
    }

    public ReadOnlyIntegerProperty runningTasksProperty() {
        return tasks.runningProperty();
    }
}
