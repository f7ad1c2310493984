package org.studenthub.app.dashboard;

import java.time.Clock;
import java.time.LocalDate;
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
import org.studenthub.core.achievement.AccreditationFigures;
import org.studenthub.core.achievement.QueueFilter;
import org.studenthub.core.audit.AuditAction;
import org.studenthub.core.audit.AuditEventView;
import org.studenthub.core.audit.AuditQuery;
import org.studenthub.core.security.Permission;
import org.studenthub.core.student.StudentCounts;
import org.studenthub.core.student.StudentStatus;

/**
 * The first screen after sign-in: the figures that matter to the signed-in role, read in the background: students
 * by status and active students per programme (with {@code student.read}), achievements waiting for the person
 * (with {@code achievement.approve}), approved achievements per category over the last year (with
 * {@code report.accreditation}) and the latest changes to records (with {@code audit.read}).
 */
public final class DashboardViewModel {
    private static final int RECENT_SHOWN = 8;
    private static final int RECENT_READ = 60;

    private final Session session;
    private final Clock clock;
    private final BackgroundTasks tasks;
    private final Locale locale;
    private final ReadOnlyObjectWrapper<Figures> figures = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    public DashboardViewModel(Session session, BackgroundTasks tasks, Locale locale) {
        this(session, tasks, locale, Clock.systemDefaultZone());
    }

    DashboardViewModel(Session session, BackgroundTasks tasks, Locale locale, Clock clock) {
        this.clock = clock;
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
                approves ? session.services().approvalQueue().count(session.college(), QueueFilter.ALL) : null,
                session.may(Permission.REPORT_ACCREDITATION) ? achievementsByCategory() : List.of(),
                session.may(Permission.AUDIT_READ) ? recentChanges() : List.of());
    }

    /** Approved achievements per category dated in the last twelve months, in the categories' order. */
    private List<AccreditationFigures.Total> achievementsByCategory() {
        LocalDate today = LocalDate.now(clock);
        return session.services().accreditationFigures().totals(session.college(), today.minusYears(1), today,
                AccreditationFigures.Dimension.CATEGORY);
    }

    /** The latest changes to the college's records (records only shown or exported are left out). */
    private List<AuditEventView> recentChanges() {
        return session.services().auditTrail().show(session.college(), new AuditQuery(null, null, RECENT_READ)).stream()
                .filter(e -> e.action() != AuditAction.VIEW && e.action() != AuditAction.EXPORT)
                .limit(RECENT_SHOWN).toList();
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
     * @param waitingForMe  achievements waiting for the person's decision, or null when they decide none
     * @param byCategory    approved achievements per category in the last year (accreditation report holders)
     * @param recentChanges the latest changes to records (audit readers)
     */
    public record Figures(Map<StudentStatus, Long> byStatus, List<StudentCounts.ProgrammeCount> byProgramme,
                         Long waitingForMe, List<AccreditationFigures.Total> byCategory,
                         List<AuditEventView> recentChanges) {}
}
