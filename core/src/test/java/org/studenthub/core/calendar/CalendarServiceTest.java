package org.studenthub.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.studenthub.core.common.ConflictException;
import org.studenthub.core.common.NotFoundException;
import org.studenthub.core.common.ValidationException;
import org.studenthub.core.common.ValidationException.FieldProblem;
import org.studenthub.core.programme.RecordsFixture;
import org.studenthub.core.testing.DatabaseTest;
import org.studenthub.core.testing.TestDatabase;

class CalendarServiceTest {

    @DatabaseTest
    void termsOfAYearAreListedInSequenceAndFoundByYearAndTermCode(TestDatabase db) {
        RecordsFixture f = new RecordsFixture(db, db.newCollege());
        AcademicYearView year = f.year(2025);
        TermView second = f.term(year, "S2");
        TermView first = f.term(year, "S1");
        f.term(f.year(2026), "S1");

        assertThat(year.code()).isEqualTo("2025/26");
        assertThat(year.status()).isEqualTo(AcademicYearStatus.PLANNED);
        assertThat(f.calendar.findYear(f.college, "2025/26")).contains(year);
        assertThat(f.calendar.termsOf(f.college, year.id())).containsExactly(first, second);
        assertThat(f.calendar.findTerm(f.college, "2025/26", "S2")).contains(second);
        assertThat(f.calendar.findTerm(f.college, "2025/26", "S3")).isEmpty();
        assertThat(f.calendar.findTerm(f.college, "2030/31", "S1")).isEmpty();
    }

    @DatabaseTest
    void makingAYearCurrentClosesThePreviousCurrentYear(TestDatabase db) {
        RecordsFixture f = new RecordsFixture(db, db.newCollege());
        AcademicYearView old = f.year(2024);
        AcademicYearView next = f.year(2025);
        AcademicYearView oldCurrent = f.calendar.changeYearStatus(f.college, old.id(), old.version(),
                AcademicYearStatus.CURRENT);
        assertThat(f.calendar.currentYear(f.college)).contains(oldCurrent);

        AcademicYearView nextCurrent = f.calendar.changeYearStatus(f.college, next.id(), next.version(),
                AcademicYearStatus.CURRENT);

        assertThat(f.calendar.currentYear(f.college)).contains(nextCurrent);
        assertThat(f.calendar.getYear(f.college, old.id()).status()).isEqualTo(AcademicYearStatus.CLOSED);
        assertThat(f.calendar.listYears(f.college)).extracting(AcademicYearView::code)
                .containsExactly("2025/26", "2024/25");
    }

    @DatabaseTest
    void termOutsideItsYearIsRejectedNamingTheFieldAndTheYear(TestDatabase db) {
        RecordsFixture f = new RecordsFixture(db, db.newCollege());
        AcademicYearView year = f.year(2025);

        assertThatThrownBy(() -> f.calendar.addTerm(f.college, new NewTerm(year.id(), "S1", "Early", 1,
                LocalDate.of(2025, 8, 15), LocalDate.of(2026, 1, 31))))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.problems()).extracting(FieldProblem::field).containsExactly("startsOn");
                    assertThat(e.problems().get(0).message()).contains("2025/26", "2025-09-01", "2026-07-31");
                });
        assertThatThrownBy(() -> f.calendar.addTerm(f.college, new NewTerm(year.id(), "S2", "Late", 2,
                LocalDate.of(2026, 2, 1), LocalDate.of(2026, 8, 31))))
                .isInstanceOfSatisfying(ValidationException.class, e ->
                        assertThat(e.problems()).extracting(FieldProblem::field).containsExactly("endsOn"));
        assertThat(f.calendar.termsOf(f.college, year.id())).isEmpty();
    }

    @DatabaseTest
    void termCannotBeMovedOutOfItsYear(TestDatabase db) {
        RecordsFixture f = new RecordsFixture(db, db.newCollege());
        TermView term = f.term(f.year(2025), "S1");

        assertThatThrownBy(() -> f.calendar.updateTerm(f.college, term.id(), new TermChanges(term.version(),
                "Semester 1", 1, LocalDate.of(2025, 9, 1), LocalDate.of(2027, 1, 31))))
                .isInstanceOfSatisfying(ValidationException.class, e ->
                        assertThat(e.problems()).extracting(FieldProblem::field).containsExactly("endsOn"));
        assertThat(f.calendar.getTerm(f.college, term.id())).isEqualTo(term);
    }

    @DatabaseTest
    void datesEndingBeforeTheyStartAreRejected(TestDatabase db) {
        RecordsFixture f = new RecordsFixture(db, db.newCollege());

        assertThatThrownBy(() -> f.calendar.createYear(f.college, new NewAcademicYear("2025/26",
                LocalDate.of(2026, 7, 31), LocalDate.of(2025, 9, 1))))
                .isInstanceOfSatisfying(ValidationException.class, e ->
                        assertThat(e.problems()).extracting(FieldProblem::field).containsExactly("endsOn"));
        assertThatThrownBy(() -> f.calendar.createYear(f.college, new NewAcademicYear("25-26", null, null)))
                .isInstanceOfSatisfying(ValidationException.class, e ->
                        assertThat(e.problems()).extracting(FieldProblem::field)
                                .containsExactly("code", "endsOn", "startsOn"));
    }

    @DatabaseTest
    void yearCannotShrinkAwayFromItsTerms(TestDatabase db) {
        RecordsFixture f = new RecordsFixture(db, db.newCollege());
        AcademicYearView year = f.year(2025);
        f.term(year, "S1");

        assertThatThrownBy(() -> f.calendar.updateYear(f.college, year.id(), new AcademicYearChanges(
                year.version(), LocalDate.of(2025, 10, 1), LocalDate.of(2026, 7, 31))))
                .isInstanceOfSatisfying(ValidationException.class, e ->
                        assertThat(e.problems()).extracting(FieldProblem::field).containsExactly("startsOn"));
        AcademicYearView longer = f.calendar.updateYear(f.college, year.id(), new AcademicYearChanges(
                year.version(), LocalDate.of(2025, 8, 25), LocalDate.of(2026, 7, 31)));
        assertThat(longer.startsOn()).isEqualTo(LocalDate.of(2025, 8, 25));
    }

    @DatabaseTest
    void duplicateCodesAreConflictsButTermCodesRepeatAcrossYears(TestDatabase db) {
        RecordsFixture f = new RecordsFixture(db, db.newCollege());
        AcademicYearView year = f.year(2025);
        f.term(year, "S1");

        assertThatThrownBy(() -> f.year(2025))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("academic year with code \"2025/26\" already exists");
        assertThatThrownBy(() -> f.term(year, "S1"))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("term with code \"S1\" already exists in academic year 2025/26");
        assertThat(f.term(f.year(2026), "S1").code()).isEqualTo("S1");
    }

    @DatabaseTest
    void staleUpdatesFailNamingTheYearOrTheTerm(TestDatabase db) {
        RecordsFixture f = new RecordsFixture(db, db.newCollege());
        AcademicYearView year = f.year(2025);
        TermView term = f.term(year, "S1");
        f.calendar.changeYearStatus(f.college, year.id(), year.version(), AcademicYearStatus.CURRENT);
        f.calendar.updateTerm(f.college, term.id(), new TermChanges(term.version(), "Autumn", 1,
                term.startsOn(), term.endsOn()));

        assertThatThrownBy(() -> f.calendar.changeYearStatus(f.college, year.id(), year.version(),
                AcademicYearStatus.CLOSED))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("academic year \"2025/26\" was changed by someone else");
        assertThatThrownBy(() -> f.calendar.updateTerm(f.college, term.id(), new TermChanges(term.version(),
                "Stale", 1, term.startsOn(), term.endsOn())))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("term \"S1\" was changed by someone else");
        assertThat(f.calendar.getTerm(f.college, term.id()).name()).isEqualTo("Autumn");
        assertThat(f.calendar.getYear(f.college, year.id()).status()).isEqualTo(AcademicYearStatus.CURRENT);
    }

    @DatabaseTest
    void anotherCollegeCannotSeeNorExtendTheCalendar(TestDatabase db) {
        RecordsFixture a = new RecordsFixture(db, db.newCollege("COLA"));
        RecordsFixture b = new RecordsFixture(db, db.newCollege("COLB"));
        AcademicYearView yearOfA = a.year(2025);
        a.term(yearOfA, "S1");
        a.calendar.changeYearStatus(a.college, yearOfA.id(), yearOfA.version(), AcademicYearStatus.CURRENT);

        assertThat(b.calendar.currentYear(b.college)).isEmpty();
        assertThat(b.calendar.listYears(b.college)).isEmpty();
        assertThat(b.calendar.termsOf(b.college, yearOfA.id())).isEmpty();
        assertThat(b.calendar.findTerm(b.college, "2025/26", "S1")).isEmpty();
        assertThatThrownBy(() -> b.term(yearOfA, "S2"))
                .isInstanceOf(NotFoundException.class)
                .hasMessageContaining("No academic year \"" + yearOfA.id() + "\"");
        assertThat(b.year(2025).code()).isEqualTo("2025/26");
    }
}
