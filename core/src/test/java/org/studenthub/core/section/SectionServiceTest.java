package org.studenthub.core.section;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.studenthub.core.calendar.AcademicYearView;
import org.studenthub.core.common.ConflictException;
import org.studenthub.core.common.NotFoundException;
import org.studenthub.core.common.ValidationException;
import org.studenthub.core.common.ValidationException.FieldProblem;
import org.studenthub.core.programme.ProgrammeView;
import org.studenthub.core.programme.RecordsFixture;
import org.studenthub.core.testing.DatabaseTest;
import org.studenthub.core.testing.TestDatabase;

class SectionServiceTest {

    @DatabaseTest
    void sectionsAreFoundByYearAndCodeAndListedByYearAndByProgramme(TestDatabase db) {
        RecordsFixture f = new RecordsFixture(db, db.newCollege());
        long cs = f.department("CS").id();
        ProgrammeView bachelor = f.programme(cs, "BSC-CS", 3);
        ProgrammeView master = f.programme(cs, "MSC-CS", 2);
        AcademicYearView thisYear = f.year(2025);
        AcademicYearView nextYear = f.year(2026);
        SectionView first = f.section(bachelor, thisYear, "1A", 1);
        SectionView masters = f.section(master, thisYear, "M1", 1);
        SectionView sameCodeNextYear = f.section(bachelor, nextYear, "1A", 1);

        assertThat(f.sections.findByCode(f.college, thisYear.id(), "1A")).contains(first);
        assertThat(f.sections.findByCode(f.college, nextYear.id(), "1A")).contains(sameCodeNextYear);
        assertThat(f.sections.listByYear(f.college, thisYear.id())).containsExactly(first, masters);
        assertThat(f.sections.listByProgramme(f.college, bachelor.id())).containsExactly(first, sameCodeNextYear);
        assertThat(first.capacity()).isEqualTo(30);
    }

    @DatabaseTest
    void yearOfStudyBeyondTheProgrammeDurationIsRejectedNamingTheField(TestDatabase db) {
        RecordsFixture f = new RecordsFixture(db, db.newCollege());
        ProgrammeView master = f.programme(f.department("CS").id(), "MSC-CS", 2);
        AcademicYearView year = f.year(2025);

        assertThatThrownBy(() -> f.section(master, year, "3A", 3))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.problems()).extracting(FieldProblem::field).containsExactly("yearOfStudy");
                    assertThat(e.problems().get(0).message()).contains("MSC-CS lasts 2 years");
                });
        SectionView second = f.section(master, year, "2A", 2);
        assertThatThrownBy(() -> f.sections.update(f.college, second.id(),
                new SectionChanges(second.version(), "Section 2A", 3, 30)))
                .isInstanceOfSatisfying(ValidationException.class, e ->
                        assertThat(e.problems()).extracting(FieldProblem::field).containsExactly("yearOfStudy"));
        assertThat(f.sections.listByYear(f.college, year.id())).containsExactly(second);
    }

    @DatabaseTest
    void duplicateCodeInOneYearIsAConflict(TestDatabase db) {
        RecordsFixture f = new RecordsFixture(db, db.newCollege());
        ProgrammeView programme = f.programme(f.department("CS").id(), "BSC-CS", 3);
        AcademicYearView year = f.year(2025);
        f.section(programme, year, "1A", 1);

        assertThatThrownBy(() -> f.section(programme, year, "1A", 2))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("section with code \"1A\" already exists in academic year 2025/26");
    }

    @DatabaseTest
    void staleUpdateFailsNamingTheSectionAndKeepsTheNewerChange(TestDatabase db) {
        RecordsFixture f = new RecordsFixture(db, db.newCollege());
        SectionView original = f.section(f.programme(f.department("CS").id(), "BSC-CS", 3), f.year(2025), "1A", 1);
        f.sections.update(f.college, original.id(), new SectionChanges(original.version(), "First year A", 1, null));

        assertThatThrownBy(() -> f.sections.update(f.college, original.id(),
                new SectionChanges(original.version(), "Stale", 1, 25)))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("section \"1A\" was changed by someone else");
        SectionView stored = f.sections.get(f.college, original.id());
        assertThat(stored.name()).isEqualTo("First year A");
        assertThat(stored.capacity()).isNull();
    }

    @DatabaseTest
    void invalidInputListsEveryField(TestDatabase db) {
        RecordsFixture f = new RecordsFixture(db, db.newCollege());
        ProgrammeView programme = f.programme(f.department("CS").id(), "BSC-CS", 3);
        AcademicYearView year = f.year(2025);

        assertThatThrownBy(() -> f.sections.create(f.college,
                new NewSection(programme.id(), year.id(), "1 A", "", 0, 0)))
                .isInstanceOfSatisfying(ValidationException.class, e ->
                        assertThat(e.problems()).extracting(FieldProblem::field)
                                .containsExactly("capacity", "code", "name", "yearOfStudy"));
    }

    @DatabaseTest
    void anotherCollegeCannotSeeTheSectionNorUseTheProgrammeOrYear(TestDatabase db) {
        RecordsFixture a = new RecordsFixture(db, db.newCollege("COLA"));
        RecordsFixture b = new RecordsFixture(db, db.newCollege("COLB"));
        ProgrammeView programmeOfA = a.programme(a.department("CS").id(), "BSC-CS", 3);
        AcademicYearView yearOfA = a.year(2025);
        SectionView sectionOfA = a.section(programmeOfA, yearOfA, "1A", 1);
        ProgrammeView programmeOfB = b.programme(b.department("CS").id(), "BSC-CS", 3);
        AcademicYearView yearOfB = b.year(2025);

        assertThat(b.sections.listByYear(b.college, yearOfA.id())).isEmpty();
        assertThat(b.sections.findByCode(b.college, yearOfA.id(), "1A")).isEmpty();
        assertThatThrownBy(() -> b.sections.get(b.college, sectionOfA.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> b.section(programmeOfA, yearOfB, "1A", 1))
                .isInstanceOf(NotFoundException.class)
                .hasMessageContaining("No programme \"" + programmeOfA.id() + "\"");
        assertThatThrownBy(() -> b.section(programmeOfB, yearOfA, "1A", 1))
                .isInstanceOf(NotFoundException.class)
                .hasMessageContaining("No academic year \"" + yearOfA.id() + "\"");
        assertThat(b.sections.listByProgramme(b.college, programmeOfB.id())).isEmpty();
    }

    @DatabaseTest
    void closingKeepsTheSectionListed(TestDatabase db) {
        RecordsFixture f = new RecordsFixture(db, db.newCollege());
        AcademicYearView year = f.year(2025);
        SectionView section = f.section(f.programme(f.department("CS").id(), "BSC-CS", 3), year, "1A", 1);

        SectionView closed = f.sections.changeStatus(f.college, section.id(), section.version(), SectionStatus.CLOSED);

        assertThat(closed.status()).isEqualTo(SectionStatus.CLOSED);
        assertThat(f.sections.listByYear(f.college, year.id())).containsExactly(closed);
    }
}
