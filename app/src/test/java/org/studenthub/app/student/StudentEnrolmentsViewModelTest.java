package org.studenthub.app.student;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.studenthub.app.client.DemoHome;
import org.studenthub.app.fx.BackgroundTasks;
import org.studenthub.app.session.Session;
import org.studenthub.app.session.SessionOpener;
import org.studenthub.core.common.PageRequest;
import org.studenthub.core.enrolment.EnrolmentStatus;
import org.studenthub.core.section.SectionView;
import org.studenthub.core.student.search.StudentQuery;
import org.studenthub.core.student.search.StudentRow;

/** A student's Enrolments tab without a window: the list with names, enrolling and withdrawing. */
class StudentEnrolmentsViewModelTest {
    private static SessionOpener opener;
    private static Session session;

    @BeforeAll
    static void signIn() {
        opener = new SessionOpener();
        session = DemoHome.signIn(opener, "registrar.demo");
    }

    @AfterAll
    static void close() {
        opener.close();
    }

    private static StudentRow someStudent(int index) {
        return session.services().studentSearch().search(session.college(), StudentQuery.of(null),
                new PageRequest(50, null)).items().get(index);
    }

    private static StudentEnrolmentsViewModel tab(long studentId) {
        StudentEnrolmentsViewModel model = new StudentEnrolmentsViewModel(session, BackgroundTasks.direct(),
                Locale.ENGLISH, studentId, LocalDate::now);
        model.load();
        return model;
    }

    @Test
    void theTabListsEveryEnrolmentWithItsSectionYearAndTermAndOffersTheStudentsSection() {
        StudentRow student = someStudent(10);
        StudentEnrolmentsViewModel model = tab(student.id());

        assertThat(model.lines()).hasSize(session.services().enrolments()
                .listByStudent(session.college(), student.id()).size()).isNotEmpty();
        EnrolmentLine line = model.lines().get(0);
        SectionView section = session.services().sections().get(session.college(), line.enrolment().sectionId());
        assertThat(line.sectionCode()).isEqualTo(section.code());
        assertThat(line.academicYear()).matches("\\d{4}/\\d{4}");
        assertThat(line.term()).isNotBlank();
        assertThat(model.sectionProperty().get()).isEqualTo(section);
        assertThat(model.termProperty().get()).isNotNull();
        assertThat(model.mayWrite()).isTrue();
    }

    @Test
    void enrollingInAnotherSectionAndWithdrawingShowInTheTab() {
        StudentRow student = someStudent(11);
        StudentEnrolmentsViewModel model = tab(student.id());
        int before = model.lines().size();
        SectionView other = model.sections().stream().filter(s -> !s.equals(model.sectionProperty().get()))
                .findFirst().orElseThrow();

        model.sectionProperty().set(other);
        model.enrol();

        assertThat(model.lines()).hasSize(before + 1);
        EnrolmentLine added = model.lines().stream().filter(l -> l.enrolment().sectionId() == other.id())
                .findFirst().orElseThrow();
        assertThat(added.enrolment().status()).isEqualTo(EnrolmentStatus.ENROLLED);
        assertThat(model.messageProperty().get()).startsWith("Enrolled in " + other.code());

        model.withdraw(added);

        EnrolmentLine withdrawn = model.lines().stream().filter(l -> l.enrolment().id() == added.enrolment().id())
                .findFirst().orElseThrow();
        assertThat(withdrawn.enrolment().status()).isEqualTo(EnrolmentStatus.WITHDRAWN);
        assertThat(withdrawn.enrolment().endedOn()).isNotNull();
        assertThat(session.services().enrolments().get(session.college(), added.enrolment().id()).status())
                .isEqualTo(EnrolmentStatus.WITHDRAWN);
    }
}
