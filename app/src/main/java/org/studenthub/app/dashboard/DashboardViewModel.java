package org.studenthub.app.dashboard;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.studenthub.app.fx.BackgroundTasks;
import org.studenthub.app.fx.ErrorText;
import org.studenthub.app.session.Session;
import org.studenthub.core.achievement.QueueFilter;
import org.studenthub.core.security.Permission;
import org.studenthub.core.student.StudentCounts;
import org.studenthub.core.student.StudentStatus;

/**
 * The first screen after sign-in: the figures that matter to the signed-in role, read in the background: students
 * by status and active students per programme (with {@code student.read}), achievements waiting for the person
 * (with {@code achievement.approve}).
 */
public final class DashboardViewModel {
    private final Session session;
    private final BackgroundTasks tasks;
    private final Locale locale;
    private final ReadOnlyObjectWrapper<Figures> figures = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    public DashboardViewModel(Session session, BackgroundTasks tasks, Locale locale) {
        this.session = session;
        this.tasks = tasks;
        this.locale = locale;
    }

    public void refresh() {
        loading.set(true);
        tasks.wrap(this::read)
                .onSuccess(read -> {
                    loading.set(false);
                    message.set("");
                    figures.set(read);
                })
                .onFailure(error -> {
                    loading.set(false);
                    message.set(ErrorText.of(locale, error));
                })
                .start();
    }

    private Figures read() {
        StudentCounts counts = session.services().studentCounts();
        boolean students = session.may(Permission.STUDENT_READ);
        boolean approves = session.may(Permission.ACHIEVEMENT_APPROVE);
        return new Figures(students ? counts.byStatus(session.college()) : Map.of(),
                students ? counts.activeByProgramme(session.college()) : List.of(),
                approves ? session.services().approvalQueue().count(session.college(), QueueFilter.ALL) : null);
    }

    public ReadOnlyObjectProperty<Figures> figuresProperty() {
        return figures.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /**
     * What the dashboard shows.
     *
     * @param waitingForMe achievements waiting for the person's decision, or null when they decide none
     */
    public record Figures(Map<StudentStatus, Long> byStatus, List<StudentCounts.ProgrammeCount> byProgramme,
                         Long waitingForMe) {}
}
