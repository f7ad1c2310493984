package org.studenthub.core.student;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.studenthub.core.common.ConflictException;
import org.studenthub.core.common.NotFoundException;
import org.studenthub.core.common.ValidationException;
import org.studenthub.core.testing.DatabaseTest;
import org.studenthub.core.testing.TestDatabase;
import org.studenthub.core.tenancy.CollegeContext;

class GuardianServiceTest {

    @DatabaseTest
    void guardiansAreListedPerStudentWithOnePrimaryContact(TestDatabase db) {
        CollegeContext college = db.newCollege();
        long student = newStudent(db, college, "S1");
        long sibling = newStudent(db, college, "S2");
        GuardianService guardians = new GuardianService(db.transactions());

        GuardianView mother = guardians.add(college, student, details(0, "Maria", GuardianRelationship.MOTHER, true));
        GuardianView father = guardians.add(college, student, details(0, "Paolo", GuardianRelationship.FATHER, true));
        guardians.add(college, sibling, details(0, "Other", GuardianRelationship.GUARDIAN, false));

        assertThat(guardians.listForStudent(college, student))
                .extracting(GuardianView::givenName, GuardianView::primaryContact)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Paolo", true),
                        org.assertj.core.groups.Tuple.tuple("Maria", false));
        assertThat(mother.id()).isNotEqualTo(father.id());
    }

    @DatabaseTest
    void deactivatedGuardianStaysListedAsInactive(TestDatabase db) {
        CollegeContext college = db.newCollege();
        long student = newStudent(db, college, "S1");
        GuardianService guardians = new GuardianService(db.transactions());
        GuardianView g = guardians.add(college, student, details(0, "Maria", GuardianRelationship.MOTHER, true));
        GuardianView edited = guardians.update(college, g.id(), details(g.version(), "Mariella",
                GuardianRelationship.MOTHER, true));

        GuardianView inactive = guardians.deactivate(college, g.id(), edited.version());

        assertThat(inactive.status()).isEqualTo(GuardianStatus.INACTIVE);
        assertThat(guardians.listForStudent(college, student)).extracting(GuardianView::givenName)
                .containsExactly("Mariella");
        assertThatThrownBy(() -> guardians.update(college, g.id(), details(g.version(), "Stale",
                GuardianRelationship.MOTHER, false))).isInstanceOf(ConflictException.class)
                .hasMessageContaining("Mariella");
    }

    @DatabaseTest
    void guardianWithoutEmailOrPhoneIsRefused(TestDatabase db) {
        CollegeContext college = db.newCollege();
        long student = newStudent(db, college, "S1");
        GuardianService guardians = new GuardianService(db.transactions());

        assertThatThrownBy(() -> guardians.add(college, student, new GuardianDetails(0, "Maria", "Rossi",
                GuardianRelationship.MOTHER, null, " ", null, false)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems())
                        .extracting(ValidationException.FieldProblem::field).containsExactly("reachable"));
    }

    @DatabaseTest
    void guardianOfAnotherCollegesStudentIsRefused(TestDatabase db) {
        CollegeContext a = db.newCollege();
        CollegeContext b = db.newCollege();
        long student = newStudent(db, a, "S1");
        GuardianService guardians = new GuardianService(db.transactions());

        assertThatThrownBy(() -> guardians.add(b, student, details(0, "Maria", GuardianRelationship.MOTHER, false)))
                .isInstanceOf(NotFoundException.class);
    }

    static long newStudent(TestDatabase db, CollegeContext college, String number) {
        StudentFixtures.Academic academic = academicOf(db, college);
        return new StudentService(db.transactions()).create(college,
                StudentFixtures.student(number, "Anna", "Rossi", academic.programme())).id();
    }

    private static StudentFixtures.Academic academicOf(TestDatabase db, CollegeContext college) {
        return StudentFixtures.existingAcademic(db, college).orElseGet(() -> StudentFixtures.academic(db, college));
    }

    private static GuardianDetails details(long version, String given, GuardianRelationship relationship,
                                           boolean primary) {
        return new GuardianDetails(version, given, "Rossi", relationship, given.toLowerCase() + "@example.org", null,
                null, primary);
    }
}
