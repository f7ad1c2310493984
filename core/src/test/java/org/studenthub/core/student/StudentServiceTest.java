package org.studenthub.core.student;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.studenthub.core.common.ConflictException;
import org.studenthub.core.common.NotFoundException;
import org.studenthub.core.common.ValidationException;
import org.studenthub.core.testing.DatabaseTest;
import org.studenthub.core.testing.TestDatabase;
import org.studenthub.core.tenancy.CollegeContext;

class StudentServiceTest {

    @DatabaseTest
    void createdStudentIsFoundByIdAndNumberWithAFoldedNameKey(TestDatabase db) {
        CollegeContext college = db.newCollege();
        StudentFixtures.Academic academic = StudentFixtures.academic(db, college);
        StudentService students = new StudentService(db.transactions());

        StudentView created = students.create(college, new NewStudent("2024-001", " Nicolò ", "D'Angelo", "Nico",
                LocalDate.of(2005, 1, 2), "nico@example.org", null, null, null, null, "IT", LocalDate.of(2024, 9, 1),
                academic.programme(), academic.section()));

        assertThat(created.nameKey()).isEqualTo("d angelo nicolo nico");
        assertThat(created.givenName()).isEqualTo("Nicolò");
        assertThat(created.status()).isEqualTo(StudentStatus.ACTIVE);
        assertThat(students.get(college, created.id())).isEqualTo(created);
        assertThat(students.getByNumber(college, "2024-001")).isEqualTo(created);
    }

    @DatabaseTest
    void unknownNumberIsNotFoundNamingTheNumber(TestDatabase db) {
        CollegeContext college = db.newCollege();
        StudentService students = new StudentService(db.transactions());

        assertThatThrownBy(() -> students.getByNumber(college, "X-404"))
                .isInstanceOf(NotFoundException.class)
                .hasMessageContaining("\"X-404\"");
    }

    @DatabaseTest
    void duplicateNumberInOneCollegeIsAConflict(TestDatabase db) {
        CollegeContext college = db.newCollege();
        StudentFixtures.Academic academic = StudentFixtures.academic(db, college);
        StudentService students = new StudentService(db.transactions());
        students.create(college, StudentFixtures.student("S1", "Anna", "Rossi", academic.programme()));

        assertThatThrownBy(() -> students.create(college,
                StudentFixtures.student("S1", "Other", "Person", academic.programme())))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("\"S1\" already exists");
    }

    @DatabaseTest
    void updateChangesNamesAndStaleUpdateFailsNamingTheStudentNumber(TestDatabase db) {
        CollegeContext college = db.newCollege();
        StudentFixtures.Academic academic = StudentFixtures.academic(db, college);
        StudentService students = new StudentService(db.transactions());
        StudentView original = students.create(college, StudentFixtures.student("S7", "Anna", "Rossi",
                academic.programme()));
        StudentView renamed = students.update(college, original.id(), changes(original.version(), "Anna", "Bianchi", academic.programme()));

        assertThat(renamed.nameKey()).isEqualTo("bianchi anna");
        assertThatThrownBy(() -> students.update(college, original.id(),
                changes(original.version(), "Anna", "Verdi", academic.programme())))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("student \"S7\" was changed by someone else");
        assertThat(students.get(college, original.id()).familyName()).isEqualTo("Bianchi");
    }

    @DatabaseTest
    void invalidInputListsEveryField(TestDatabase db) {
        CollegeContext college = db.newCollege();
        StudentService students = new StudentService(db.transactions());
        NewStudent invalid = new NewStudent("bad number!", " ", "Rossi", null, LocalDate.of(2025, 1, 1),
                "not-an-email", null, null, null, null, "ita", LocalDate.of(2024, 9, 1), 1, null);

        assertThatThrownBy(() -> students.create(college, invalid))
                .isInstanceOfSatisfying(ValidationException.class, e ->
                        assertThat(e.problems()).extracting(ValidationException.FieldProblem::field)
                                .containsExactly("bornBeforeAdmission", "countryCode", "email", "givenName",
                                        "studentNumber"));
    }

    @DatabaseTest
    void unknownProgrammeIsRefusedWithAClearMessage(TestDatabase db) {
        CollegeContext college = db.newCollege();
        StudentService students = new StudentService(db.transactions());

        assertThatThrownBy(() -> students.create(college, StudentFixtures.student("S1", "Anna", "Rossi", 999_999)))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("programme");
    }

    @DatabaseTest
    void statusChangesAndSectionMovesKeepTheStudent(TestDatabase db) {
        CollegeContext college = db.newCollege();
        StudentFixtures.Academic academic = StudentFixtures.academic(db, college);
        StudentService students = new StudentService(db.transactions());
        StudentView s = students.create(college, StudentFixtures.student("S1", "Anna", "Rossi", academic.programme()));

        StudentView moved = students.moveToSection(college, s.id(), s.version(), academic.otherSection());
        StudentView graduated = students.changeStatus(college, s.id(), moved.version(), StudentStatus.GRADUATED);

        assertThat(graduated.sectionId()).isEqualTo(academic.otherSection());
        assertThat(students.get(college, s.id()).status()).isEqualTo(StudentStatus.GRADUATED);
        assertThatThrownBy(() -> students.changeStatus(college, s.id(), s.version(), StudentStatus.ACTIVE))
                .isInstanceOf(ConflictException.class);
    }

    @DatabaseTest
    void anotherCollegeCannotReadTheStudent(TestDatabase db) {
        CollegeContext a = db.newCollege();
        CollegeContext b = db.newCollege();
        StudentFixtures.Academic academic = StudentFixtures.academic(db, a);
        StudentService students = new StudentService(db.transactions());
        StudentView s = students.create(a, StudentFixtures.student("S1", "Anna", "Rossi", academic.programme()));

        assertThatThrownBy(() -> students.get(b, s.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> students.getByNumber(b, "S1")).isInstanceOf(NotFoundException.class);
    }

    static StudentChanges changes(long version, String given, String family, long programme) {
        return new StudentChanges(version, given, family, null, LocalDate.of(2005, 3, 14), "a@example.org", null,
                null, null, null, "IT", programme);
    }
}
