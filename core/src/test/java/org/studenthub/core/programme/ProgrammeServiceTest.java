package org.studenthub.core.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.studenthub.core.common.ConflictException;
import org.studenthub.core.common.NotFoundException;
import org.studenthub.core.common.ValidationException;
import org.studenthub.core.department.DepartmentView;
import org.studenthub.core.testing.DatabaseTest;
import org.studenthub.core.testing.TestDatabase;

class ProgrammeServiceTest {

    @DatabaseTest
    void createdProgrammeIsFoundByCodeAndListedUnderItsDepartment(TestDatabase db) {
        RecordsFixture f = new RecordsFixture(db, db.newCollege());
        DepartmentView cs = f.department("CS");
        DepartmentView math = f.department("MATH");

        ProgrammeView created = f.programmes.create(f.college, new NewProgramme(cs.id(), "BSC-CS", "Computer Science",
                "BSc", ProgrammeLevel.BACHELOR, 3, 180));
        f.programme(math.id(), "BSC-MA", 3);
        f.programme(cs.id(), "MSC-CS", 2);

        assertThat(f.programmes.findByCode(f.college, "BSC-CS")).contains(created);
        assertThat(created.level()).isEqualTo(ProgrammeLevel.BACHELOR);
        assertThat(f.programmes.list(f.college)).extracting(ProgrammeView::code)
                .containsExactly("BSC-CS", "BSC-MA", "MSC-CS");
        assertThat(f.programmes.listByDepartment(f.college, cs.id())).extracting(ProgrammeView::code)
                .containsExactly("BSC-CS", "MSC-CS");
    }

    @DatabaseTest
    void duplicateCodeInOneCollegeIsAConflict(TestDatabase db) {
        RecordsFixture f = new RecordsFixture(db, db.newCollege());
        DepartmentView cs = f.department("CS");
        f.programme(cs.id(), "BSC-CS", 3);

        assertThatThrownBy(() -> f.programme(cs.id(), "BSC-CS", 3))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("programme with code \"BSC-CS\" already exists");
    }

    @DatabaseTest
    void staleUpdateFailsNamingTheProgrammeAndKeepsTheNewerChange(TestDatabase db) {
        RecordsFixture f = new RecordsFixture(db, db.newCollege());
        ProgrammeView original = f.programme(f.department("CS").id(), "BSC-CS", 3);
        f.programmes.update(f.college, original.id(), new ProgrammeChanges(original.version(), "Informatics", "BSc",
                ProgrammeLevel.BACHELOR, 3, 180));

        assertThatThrownBy(() -> f.programmes.update(f.college, original.id(), new ProgrammeChanges(
                original.version(), "Stale", "BSc", ProgrammeLevel.BACHELOR, 3, 180)))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("programme \"BSC-CS\" was changed by someone else");
        assertThat(f.programmes.get(f.college, original.id()).name()).isEqualTo("Informatics");
    }

    @DatabaseTest
    void invalidInputListsEveryField(TestDatabase db) {
        RecordsFixture f = new RecordsFixture(db, db.newCollege());
        long cs = f.department("CS").id();

        assertThatThrownBy(() -> f.programmes.create(f.college,
                new NewProgramme(cs, "bad code!", "Name", " ", null, 0, 700)))
                .isInstanceOfSatisfying(ValidationException.class, e ->
                        assertThat(e.problems()).extracting(ValidationException.FieldProblem::field)
                                .containsExactly("code", "credits", "degree", "durationYears", "level"));
    }

    @DatabaseTest
    void anotherCollegeCannotSeeTheProgrammeNorUseTheDepartment(TestDatabase db) {
        RecordsFixture a = new RecordsFixture(db, db.newCollege("COLA"));
        RecordsFixture b = new RecordsFixture(db, db.newCollege("COLB"));
        DepartmentView departmentOfA = a.department("CS");
        ProgrammeView programmeOfA = a.programme(departmentOfA.id(), "BSC-CS", 3);

        assertThat(b.programmes.list(b.college)).isEmpty();
        assertThat(b.programmes.listByDepartment(b.college, departmentOfA.id())).isEmpty();
        assertThatThrownBy(() -> b.programmes.get(b.college, programmeOfA.id()))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> b.programme(departmentOfA.id(), "BSC-CS", 3))
                .isInstanceOf(NotFoundException.class)
                .hasMessageContaining("No department \"" + departmentOfA.id() + "\" exists in this college");
        assertThat(b.programmes.list(b.college)).isEmpty();
    }

    @DatabaseTest
    void closingKeepsTheProgrammeListed(TestDatabase db) {
        RecordsFixture f = new RecordsFixture(db, db.newCollege());
        ProgrammeView programme = f.programme(f.department("CS").id(), "BSC-CS", 3);

        ProgrammeView closed = f.programmes.changeStatus(f.college, programme.id(), programme.version(),
                ProgrammeStatus.CLOSED);

        assertThat(closed.status()).isEqualTo(ProgrammeStatus.CLOSED);
        assertThat(f.programmes.list(f.college)).extracting(ProgrammeView::status)
                .containsExactly(ProgrammeStatus.CLOSED);
    }

    @DatabaseTest
    void shorteningBelowTheYearOfAnExistingSectionIsRefused(TestDatabase db) {
        RecordsFixture f = new RecordsFixture(db, db.newCollege());
        ProgrammeView programme = f.programme(f.department("CS").id(), "BSC-CS", 3);
        f.section(programme, f.year(2025), "3A", 3);

        assertThatThrownBy(() -> f.programmes.update(f.college, programme.id(), new ProgrammeChanges(
                programme.version(), "Short", "BSc", ProgrammeLevel.BACHELOR, 2, 120)))
                .isInstanceOfSatisfying(ValidationException.class, e ->
                        assertThat(e.problems()).extracting(ValidationException.FieldProblem::field)
                                .containsExactly("durationYears"));
        assertThat(f.programmes.get(f.college, programme.id()).durationYears()).isEqualTo(3);
    }
}
