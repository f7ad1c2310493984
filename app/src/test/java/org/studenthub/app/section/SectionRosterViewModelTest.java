package org.studenthub.app.section;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.studenthub.app.client.DemoHome;
import org.studenthub.app.fx.BackgroundTasks;
import org.studenthub.app.session.Session;
import org.studenthub.app.session.SessionOpener;
import org.studenthub.app.student.EnrolmentLine;
import org.studenthub.app.student.StudentEnrolmentsViewModel;
import org.studenthub.core.calendar.AcademicYearView;
import org.studenthub.core.enrolment.EnrolledStudent;
import org.studenthub.core.enrolment.EnrolmentStatus;
import org.studenthub.core.section.SectionView;
import org.studenthub.core.student.search.StudentRow;

/** A section's class list without a window: paging, enrolling a found student, ending an enrolment. */
class SectionRosterViewModelTest {
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

    private static SectionView currentSection(int index) {
        AcademicYearView year = session.services().calendar().currentYear(session.college()).orElseThrow();
        return session.services().sections().listByYear(session.college(), year.id()).get(index);
    }

    private static SectionRosterViewModel roster(SectionView section, int pageSize) {
        SectionRosterViewModel model = new SectionRosterViewModel(session, BackgroundTasks.direct(), Locale.ENGLISH,
                section, pageSize, LocalDate::now);
        model.load();
        return model;
    }

    @Test
    void theClassListOpensOnTheRunningTermAndReadsTheNextPagesOnDemand() {
        SectionView section = largestCurrentSection();
        SectionRosterViewModel model = roster(section, 1);
        long enrolled = session.services().enrolments().countBySectionAndTerm(session.college(), section.id(),
                model.termProperty().get().id());
        assertThat(enrolled).isGreaterThan(1);
        assertThat(model.termProperty().get())
                .isEqualTo(TermChoice.current(model.terms(), LocalDate.now()));
        assertThat(model.rows()).hasSize(1);
        assertThat(model.hasMore()).isTrue();
        assertThat(model.countProperty().get()).isEqualTo(enrolled + " enrolled of " + section.capacity() + " places");

        while (model.hasMore()) {
            model.loadMore();
        }

        assertThat(model.rows()).hasSize((int) enrolled)
                .isSortedAccordingTo(Comparator.comparing(EnrolledStudent::studentNumber))
                .extracting(EnrolledStudent::studentNumber).doesNotHaveDuplicates();
        assertThat(model.rows()).allSatisfy(r -> assertThat(r.familyName()).isNotBlank());
    }

    @Test
    void aStudentFoundByNumberIsEnrolledAndShowsInTheClassListAndInTheirEnrolmentsTab() {
        SectionView section = currentSection(1);
        SectionRosterViewModel model = roster(section, 100);
        int before = model.rows().size();
        StudentRow outsider = outsiderOf(model);

        model.studentTextProperty().set(outsider.studentNumber());
        model.searchStudents();
        assertThat(model.candidates()).first().isEqualTo(outsider);
        model.enrol(model.candidates().get(0));

        assertThat(model.rows()).hasSize(before + 1)
                .anySatisfy(r -> assertThat(r.studentNumber()).isEqualTo(outsider.studentNumber()));
        assertThat(model.messageProperty().get()).contains(outsider.studentNumber()).contains("is enrolled");
        StudentEnrolmentsViewModel tab = new StudentEnrolmentsViewModel(session, BackgroundTasks.direct(),
                Locale.ENGLISH, outsider.id());
        tab.load();
        assertThat(tab.lines())
                .anySatisfy((EnrolmentLine line) -> assertThat(line.sectionCode()).isEqualTo(section.code()));

        model.enrol(outsider);
        assertThat(model.messageProperty().get()).contains("already enrolled");
        assertThat(model.rows()).hasSize(before + 1);
    }

    @Test
    void withdrawingEndsTheEnrolmentTodayAndKeepsItInTheList() {
        SectionView section = currentSection(2);
        SectionRosterViewModel model = roster(section, 100);
        EnrolledStudent first = model.rows().get(0);
        int size = model.rows().size();

        model.changeStatus(first, EnrolmentStatus.WITHDRAWN);

        EnrolledStudent after = model.rows().stream()
                .filter(r -> r.studentNumber().equals(first.studentNumber())).findFirst().orElseThrow();
        assertThat(after.enrolment().status()).isEqualTo(EnrolmentStatus.WITHDRAWN);
        assertThat(after.enrolment().endedOn()).isNotNull();
        assertThat(model.rows()).hasSize(size);
        assertThat(session.services().enrolments().get(session.college(), first.enrolment().id()).status())
                .isEqualTo(EnrolmentStatus.WITHDRAWN);

        model.changeStatus(first, EnrolmentStatus.ENROLLED);
        assertThat(model.messageProperty().get()).contains("changed this enrolment");
        assertThat(session.services().enrolments().get(session.college(), first.enrolment().id()).status())
                .isEqualTo(EnrolmentStatus.WITHDRAWN);
    }

    /** The current year's section with the most students in the running term. */
    private static SectionView largestCurrentSection() {
        AcademicYearView year = session.services().calendar().currentYear(session.college()).orElseThrow();
        var terms = session.services().calendar().termsOf(session.college(), year.id());
        long term = TermChoice.current(terms, LocalDate.now()).id();
        return session.services().sections().listByYear(session.college(), year.id()).stream()
                .max(Comparator.comparingLong(s -> session.services().enrolments()
                        .countBySectionAndTerm(session.college(), s.id(), term))).orElseThrow();
    }

    /** A student of the demo college who is not in {@code model}'s class list. */
    private static StudentRow outsiderOf(SectionRosterViewModel model) {
        var listed = model.rows().stream().map(EnrolledStudent::studentNumber).toList();
        return session.services().studentSearch().search(session.college(),
                        org.studenthub.core.student.search.StudentQuery.of(null),
                        new org.studenthub.core.common.PageRequest(200, null)).items().stream()
                .filter(s -> !listed.contains(s.studentNumber())).reduce((a, b) -> b).orElseThrow();
    }
}
