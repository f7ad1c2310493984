package org.studenthub.app.course;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.studenthub.app.client.DemoHome;
import org.studenthub.app.fx.BackgroundTasks;
import org.studenthub.app.fx.UniqueCodes;
import org.studenthub.app.session.Session;
import org.studenthub.app.session.SessionOpener;
import org.studenthub.core.common.PageRequest;
import org.studenthub.core.course.CourseChanges;
import org.studenthub.core.course.CourseStatus;
import org.studenthub.core.course.CourseView;
import org.studenthub.core.course.NewCourse;

/** The courses screen without a window, on the demo college: search, create, edit, retire, field problems, conflicts. */
class CoursesViewModelTest {
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

    private static CoursesViewModel screen(Locale locale) {
        CoursesViewModel model = new CoursesViewModel(session, BackgroundTasks.direct(), locale);
        model.startNew();
        model.load();
        return model;
    }

    private static long someDepartment() {
        return session.services().departments().list(session.college()).get(1).id();
    }

    private static CourseView course() {
        return session.services().courses().create(session.college(), new NewCourse(someDepartment(),
                UniqueCodes.next("C"), "Test course", "Testing", new BigDecimal("6")));
    }

    @Test
    void everyCourseIsReadAndTypingFindsThemByCodeTitleOrSubject() {
        CoursesViewModel model = screen(Locale.ENGLISH);
        var firstPage = session.services().courses().list(session.college(), new PageRequest(500, null));
        assertThat(model.list().all()).hasSizeGreaterThanOrEqualTo(firstPage.items().size())
                .containsAll(firstPage.items());
        CourseView some = firstPage.items().get(5);

        model.list().textProperty().set(some.code());
        assertThat(model.list().rows()).contains(some).allSatisfy(c -> assertThat(c.code()).contains(some.code()));
        model.list().textProperty().set(some.subject().toUpperCase(Locale.ROOT));
        assertThat(model.list().rows()).contains(some);
        model.list().textProperty().set("no course is called this");
        assertThat(model.list().rows()).isEmpty();
    }

    @Test
    void aNewCourseIsCreatedWithCreditsTypedTheItalianWay() {
        CoursesViewModel model = screen(Locale.ITALIAN);
        String code = UniqueCodes.next("CNEW");

        model.departmentProperty().set(someDepartment());
        model.codeProperty().set(code);
        model.titleProperty().set("Storia dell’arte");
        model.subjectProperty().set("Arte");
        model.creditsProperty().set("7,5");
        model.save();

        assertThat(model.messageProperty().get()).isEqualTo("Salvato.");
        CourseView stored = session.services().courses().findByCode(session.college(), code).orElseThrow();
        assertThat(stored.credits()).isEqualByComparingTo("7.5");
        assertThat(stored.departmentId()).isEqualTo(someDepartment());
        assertThat(model.creditsProperty().get()).isEqualTo("7,5");
        assertThat(model.list().all()).contains(stored);
    }

    @Test
    void anEditIsSavedAndReadBack() {
        CourseView course = course();
        CoursesViewModel model = screen(Locale.ENGLISH);
        model.choose(model.list().find(course.id()).orElseThrow());

        model.titleProperty().set("Testing, advanced");
        model.creditsProperty().set("9");
        model.save();

        CourseView stored = session.services().courses().get(session.college(), course.id());
        assertThat(stored.title()).isEqualTo("Testing, advanced");
        assertThat(stored.credits()).isEqualByComparingTo("9");
    }

    @Test
    void retiringACourseIsConfirmedFirstAndTheFilterFindsIt() {
        CourseView course = course();
        CoursesViewModel model = screen(Locale.ENGLISH);
        model.choose(model.list().find(course.id()).orElseThrow());

        model.status().request(CourseStatus.RETIRED);
        assertThat(model.status().question()).startsWith("Retire course " + course.code());
        model.status().confirm();

        assertThat(session.services().courses().get(session.college(), course.id()).status())
                .isEqualTo(CourseStatus.RETIRED);
        model.list().statusProperty().set(CourseStatus.RETIRED);
        assertThat(model.list().rows()).extracting(CourseView::id).contains(course.id());
    }

    @Test
    void creditsThatAreNoNumberOrTooManyAreShownBesideTheField() {
        CourseView course = course();
        CoursesViewModel model = screen(Locale.ENGLISH);
        model.choose(model.list().find(course.id()).orElseThrow());

        model.creditsProperty().set("six");
        model.save();
        assertThat(model.form().problems()).containsEntry("credits", "Enter a number, such as 7.5.");

        model.creditsProperty().set("61");
        model.save();
        assertThat(model.form().problems()).containsOnlyKeys("credits");
        assertThat(session.services().courses().get(session.college(), course.id()).credits()).isEqualByComparingTo("6");
    }

    @Test
    void aChangeSavedBySomeoneElseIsNotOverwrittenAndReloadShowsIt() {
        CourseView course = course();
        CoursesViewModel model = screen(Locale.ENGLISH);
        model.choose(model.list().find(course.id()).orElseThrow());
        session.services().courses().update(session.college(), course.id(),
                new CourseChanges(course.version(), course.title(), "Quality", course.credits()));

        model.subjectProperty().set("Mine");
        model.save();

        assertThat(model.conflictProperty().get()).isTrue();
        model.reload();
        assertThat(model.subjectProperty().get()).isEqualTo("Quality");
    }
}
