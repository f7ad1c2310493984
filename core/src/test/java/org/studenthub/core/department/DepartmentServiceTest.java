package org.studenthub.core.department;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.studenthub.core.common.ConflictException;
import org.studenthub.core.common.MissingCollegeContextException;
import org.studenthub.core.common.NotFoundException;
import org.studenthub.core.common.ValidationException;
import org.studenthub.core.testing.DatabaseTest;
import org.studenthub.core.testing.TestDatabase;
import org.studenthub.core.tenancy.CollegeContext;

class DepartmentServiceTest {

    @DatabaseTest
    void createdDepartmentIsFoundByCodeAndListed(TestDatabase db) {
        CollegeContext college = db.newCollege();
        DepartmentService departments = new DepartmentService(db.transactions());

        DepartmentView created = departments.create(college, new NewDepartment("CS", "Computer Science"));

        assertThat(departments.findByCode(college, "CS")).contains(created);
        assertThat(departments.list(college)).extracting(DepartmentView::name).containsExactly("Computer Science");
    }

    @DatabaseTest
    void anotherCollegeSeesNothingAndCanReuseTheCode(TestDatabase db) {
        CollegeContext a = db.newCollege("COLA");
        CollegeContext b = db.newCollege("COLB");
        DepartmentService departments = new DepartmentService(db.transactions());
        DepartmentView inA = departments.create(a, new NewDepartment("CS", "Computer Science"));

        assertThat(departments.list(b)).isEmpty();
        assertThatThrownBy(() -> departments.get(b, inA.id())).isInstanceOf(NotFoundException.class);
        assertThat(departments.create(b, new NewDepartment("CS", "Scienze")).code()).isEqualTo("CS");
    }

    @DatabaseTest
    void duplicateCodeInOneCollegeIsAConflict(TestDatabase db) {
        CollegeContext college = db.newCollege();
        DepartmentService departments = new DepartmentService(db.transactions());
        departments.create(college, new NewDepartment("CS", "Computer Science"));

        assertThatThrownBy(() -> departments.create(college, new NewDepartment("CS", "Again")))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("\"CS\" already exists");
    }

    @DatabaseTest
    void staleUpdateFailsNamingTheRecordAndKeepsTheNewerChange(TestDatabase db) {
        CollegeContext college = db.newCollege();
        DepartmentService departments = new DepartmentService(db.transactions());
        DepartmentView original = departments.create(college, new NewDepartment("CS", "Computer Science"));
        departments.update(college, original.id(), new DepartmentChanges(original.version(), "Informatics", null));

        assertThatThrownBy(() -> departments.update(college, original.id(),
                new DepartmentChanges(original.version(), "Stale name", null)))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("department \"CS\" was changed by someone else");
        assertThat(departments.get(college, original.id()).name()).isEqualTo("Informatics");
    }

    @DatabaseTest
    void closingKeepsTheDepartment(TestDatabase db) {
        CollegeContext college = db.newCollege();
        DepartmentService departments = new DepartmentService(db.transactions());
        DepartmentView cs = departments.create(college, new NewDepartment("CS", "Computer Science"));

        DepartmentView closed = departments.changeStatus(college, cs.id(), cs.version(), DepartmentStatus.CLOSED);

        assertThat(closed.status()).isEqualTo(DepartmentStatus.CLOSED);
        assertThat(departments.list(college)).hasSize(1);
    }

    @DatabaseTest
    void invalidInputListsEveryField(TestDatabase db) {
        CollegeContext college = db.newCollege();
        DepartmentService departments = new DepartmentService(db.transactions());

        assertThatThrownBy(() -> departments.create(college, new NewDepartment("bad code!", " ")))
                .isInstanceOfSatisfying(ValidationException.class, e ->
                        assertThat(e.problems()).extracting(ValidationException.FieldProblem::field)
                                .containsExactly("code", "name"));
    }

    @DatabaseTest
    void callWithoutCollegeIsRefused(TestDatabase db) {
        DepartmentService departments = new DepartmentService(db.transactions());

        assertThatThrownBy(() -> departments.list(null)).isInstanceOf(MissingCollegeContextException.class);
    }
}
