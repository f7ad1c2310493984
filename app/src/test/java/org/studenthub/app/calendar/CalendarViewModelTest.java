package org.studenthub.app.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.studenthub.app.client.DemoHome;
import org.studenthub.app.fx.BackgroundTasks;
import org.studenthub.app.fx.UniqueCodes;
import org.studenthub.app.session.Session;
import org.studenthub.app.session.SessionOpener;
import org.studenthub.core.calendar.AcademicYearStatus;
import org.studenthub.core.calendar.AcademicYearView;
import org.studenthub.core.calendar.NewAcademicYear;
import org.studenthub.core.calendar.TermChanges;
import org.studenthub.core.calendar.TermView;

/**
 * The academic calendar without a window, on the demo college: years (create, edit, make current), their terms
 * (add, edit, dates outside the year), and conflicts.
 */
class CalendarViewModelTest {
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

    private static CalendarViewModel screen() {
        CalendarViewModel model = new CalendarViewModel(session, BackgroundTasks.direct(), Locale.ENGLISH);
        model.startNew();
        model.load();
        return model;
    }

    /** A planned year of its own, 1 September to 31 August. */
    private static AcademicYearView year() {
        String code = UniqueCodes.year();
        int first = Integer.parseInt(code.substring(0, 4));
        return session.services().calendar().createYear(session.college(),
                new NewAcademicYear(code, LocalDate.of(first, 9, 1), LocalDate.of(first + 1, 8, 31)));
    }

    @Test
    void theYearsAreListedNewestFirstWithTheCurrentOneNamed() {
        CalendarViewModel model = screen();
        var stored = session.services().calendar().listYears(session.college());

        assertThat(model.list().rows()).containsExactlyElementsOf(stored);
        assertThat(model.currentYear()).isEqualTo(session.services().calendar().currentYear(session.college()));
        assertThat(model.currentYear()).isPresent();
    }

    @Test
    void aNewYearIsOfferedAfterTheNewestAndIsCreated() {
        CalendarViewModel model = screen();
        AcademicYearView newest = model.list().all().stream()
                .max(java.util.Comparator.comparing(AcademicYearView::startsOn)).orElseThrow();
        assertThat(model.startsOnProperty().get()).isEqualTo(newest.endsOn().plusDays(1));

        String code = UniqueCodes.year();
        int first = Integer.parseInt(code.substring(0, 4));
        model.codeProperty().set(code);
        model.startsOnProperty().set(LocalDate.of(first, 9, 1));
        model.endsOnProperty().set(LocalDate.of(first + 1, 7, 31));
        model.save();

        AcademicYearView stored = session.services().calendar().findYear(session.college(), code).orElseThrow();
        assertThat(stored.status()).isEqualTo(AcademicYearStatus.PLANNED);
        assertThat(stored.endsOn()).isEqualTo(LocalDate.of(first + 1, 7, 31));
        assertThat(model.list().all()).contains(stored);
        assertThat(model.terms().yearProperty().get()).isEqualTo(stored);
    }

    @Test
    void aYearEndingBeforeItStartsIsShownBesideTheLastDay() {
        AcademicYearView year = year();
        CalendarViewModel model = screen();
        model.choose(model.list().find(year.id()).orElseThrow());

        model.endsOnProperty().set(year.startsOn().minusDays(1));
        model.save();

        assertThat(model.form().problems()).containsOnlyKeys("endsOn");
        assertThat(session.services().calendar().getYear(session.college(), year.id()).endsOn()).isEqualTo(year.endsOn());
    }

    @Test
    void makingAYearCurrentIsConfirmedAndClosesTheYearThatWasCurrent() {
        AcademicYearView was = session.services().calendar().currentYear(session.college()).orElseThrow();
        AcademicYearView year = year();
        CalendarViewModel model = screen();
        model.choose(model.list().find(year.id()).orElseThrow());
        assertThat(model.status().choices()).containsExactly(AcademicYearStatus.CURRENT, AcademicYearStatus.CLOSED);
        try {
            model.status().request(AcademicYearStatus.CURRENT);
            assertThat(model.status().question()).contains(year.code()).contains("will be closed");
            model.status().confirm();

            assertThat(model.currentYear()).map(AcademicYearView::id).contains(year.id());
            assertThat(model.list().find(was.id())).map(AcademicYearView::status).contains(AcademicYearStatus.CLOSED);
        } finally {
            AcademicYearView closed = session.services().calendar().getYear(session.college(), was.id());
            session.services().calendar().changeYearStatus(session.college(), was.id(), closed.version(),
                    AcademicYearStatus.CURRENT);
        }
    }

    @Test
    void choosingAYearShowsItsTermsAndANewTermFollowsTheLastOne() {
        AcademicYearView current = session.services().calendar().currentYear(session.college()).orElseThrow();
        var stored = session.services().calendar().termsOf(session.college(), current.id());
        CalendarViewModel model = screen();

        model.choose(model.list().find(current.id()).orElseThrow());

        TermEditor terms = model.terms();
        assertThat(terms.terms()).containsExactlyElementsOf(stored);
        assertThat(terms.creatingProperty().get()).isTrue();
        if (!stored.isEmpty()) {
            TermView last = stored.get(stored.size() - 1);
            assertThat(terms.sequenceNoProperty().get()).isEqualTo(Integer.toString(last.sequenceNo() + 1));
            assertThat(terms.startsOnProperty().get()).isEqualTo(last.endsOn().plusDays(1));
        }
    }

    @Test
    void aTermIsAddedToAYearAndEdited() {
        AcademicYearView year = year();
        CalendarViewModel model = screen();
        model.choose(model.list().find(year.id()).orElseThrow());
        TermEditor terms = model.terms();
        assertThat(terms.terms()).isEmpty();
        assertThat(terms.sequenceNoProperty().get()).isEqualTo("1");
        assertThat(terms.startsOnProperty().get()).isEqualTo(year.startsOn());

        terms.codeProperty().set("S1");
        terms.nameProperty().set("First semester");
        terms.endsOnProperty().set(year.startsOn().plusMonths(5));
        terms.save();

        TermView added = session.services().calendar().findTerm(session.college(), year.code(), "S1").orElseThrow();
        assertThat(added.name()).isEqualTo("First semester");
        assertThat(terms.terms()).containsExactly(added);

        terms.nameProperty().set("Autumn semester");
        terms.save();
        assertThat(session.services().calendar().getTerm(session.college(), added.id()).name())
                .isEqualTo("Autumn semester");
        assertThat(terms.terms()).extracting(TermView::name).containsExactly("Autumn semester");

        terms.startNew();
        assertThat(terms.sequenceNoProperty().get()).isEqualTo("2");
        assertThat(terms.startsOnProperty().get()).isEqualTo(added.endsOn().plusDays(1));
    }

    @Test
    void aTermOutsideItsYearIsShownBesideTheDateAndNotAdded() {
        AcademicYearView year = year();
        CalendarViewModel model = screen();
        model.choose(model.list().find(year.id()).orElseThrow());
        TermEditor terms = model.terms();

        terms.codeProperty().set("S9");
        terms.nameProperty().set("Too long");
        terms.endsOnProperty().set(year.endsOn().plusMonths(1));
        terms.save();

        assertThat(terms.form().problems()).containsOnlyKeys("endsOn");
        assertThat(session.services().calendar().termsOf(session.college(), year.id())).isEmpty();
        assertThat(terms.codeProperty().get()).isEqualTo("S9");
    }

    @Test
    void aTermChangedBySomeoneElseIsNotOverwrittenAndReloadShowsIt() {
        AcademicYearView year = year();
        CalendarViewModel model = screen();
        model.choose(model.list().find(year.id()).orElseThrow());
        TermEditor terms = model.terms();
        terms.codeProperty().set("T1");
        terms.nameProperty().set("Term one");
        terms.endsOnProperty().set(year.startsOn().plusMonths(3));
        terms.save();
        TermView added = terms.recordProperty().get();
        session.services().calendar().updateTerm(session.college(), added.id(), new TermChanges(added.version(),
                "Michaelmas", 1, added.startsOn(), added.endsOn()));

        terms.nameProperty().set("Mine");
        terms.save();

        assertThat(terms.conflictProperty().get()).isTrue();
        terms.reload();
        assertThat(terms.nameProperty().get()).isEqualTo("Michaelmas");
    }
}
