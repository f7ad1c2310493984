package org.studenthub.app.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.studenthub.app.client.DemoHome;
import org.studenthub.app.fx.BackgroundTasks;
import org.studenthub.app.session.Session;
import org.studenthub.app.session.SessionOpener;
import org.studenthub.core.audit.AuditAction;
import org.studenthub.core.common.PageRequest;
import org.studenthub.core.student.StudentChanges;
import org.studenthub.core.student.StudentStatus;
import org.studenthub.core.student.StudentView;
import org.studenthub.core.student.search.StudentQuery;

/** What each role's dashboard shows, read from the demo college. */
class DashboardViewModelTest {
    private static SessionOpener opener;

    @BeforeAll
    static void open() {
        opener = new SessionOpener();
    }

    @AfterAll
    static void close() {
        opener.close();
    }

    private static DashboardViewModel.Figures figuresOf(String login) {
        DashboardViewModel model = new DashboardViewModel(DemoHome.signIn(opener, login), BackgroundTasks.direct(),
                Locale.ENGLISH);
        model.refresh();
        assertThat(model.messageProperty().get()).isEmpty();
        return model.figuresProperty().get();
    }

    @Test
    void theRegistrarSeesStudentFiguresButNeitherAchievementsNorTheAuditTrail() {
        DashboardViewModel.Figures figures = figuresOf("registrar.demo");

        assertThat(figures.byStatus().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(DemoHome.STUDENTS);
        assertThat(figures.byStatus()).containsKey(StudentStatus.ACTIVE);
        assertThat(figures.byProgramme()).isNotEmpty();
        assertThat(figures.byCategory()).isEmpty();
        assertThat(figures.recentChanges()).isEmpty();
    }

    @Test
    void theAccreditationCoordinatorSeesApprovedAchievementsPerCategory() {
        DashboardViewModel.Figures figures = figuresOf("accreditation.demo");

        assertThat(figures.byCategory()).isNotEmpty()
                .allSatisfy(total -> assertThat(total.achievements()).isPositive());
        assertThat(figures.recentChanges()).isEmpty();
    }

    @Test
    void aChangeMadeByTheRegistrarIsTheAuditorsLatestChange() {
        Session registrar = DemoHome.signIn(opener, "registrar.demo");
        long id = registrar.services().studentSearch().search(registrar.college(), StudentQuery.of(null),
                new PageRequest(20, null)).items().get(11).id();
        StudentView read = registrar.services().students().get(registrar.college(), id);
        registrar.services().students().update(registrar.college(), id, new StudentChanges(read.version(),
                read.givenName(), read.familyName(), read.preferredName(), read.dateOfBirth(), read.email(),
                "+39 051 123 4567", read.addressLine(), read.city(), read.postalCode(), read.countryCode(),
                read.programmeId()));

        DashboardViewModel.Figures figures = figuresOf("auditor.demo");

        assertThat(figures.recentChanges()).isNotEmpty().hasSizeLessThanOrEqualTo(8)
                .noneMatch(e -> e.action() == AuditAction.VIEW);
        assertThat(figures.recentChanges().get(0).table()).isEqualTo("student");
        assertThat(figures.recentChanges().get(0).rowId()).isEqualTo(id);
        assertThat(figures.recentChanges().get(0).action()).isEqualTo(AuditAction.UPDATE);
    }
}
