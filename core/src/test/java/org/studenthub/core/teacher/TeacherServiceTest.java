package org.studenthub.core.teacher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.studenthub.core.common.ConflictException;
import org.studenthub.core.common.NotFoundException;
import org.studenthub.core.common.Page;
import org.studenthub.core.common.PageRequest;
import org.studenthub.core.common.ValidationException;
import org.studenthub.core.common.ValidationException.FieldProblem;
import org.studenthub.core.programme.RecordsFixture;
import org.studenthub.core.testing.DatabaseTest;
import org.studenthub.core.testing.TestDatabase;

class TeacherServiceTest {

    @DatabaseTest
    void recordedTeacherIsFoundByStaffNumberWithAFoldedNameKey(TestDatabase db) {
        RecordsFixture f = new RecordsFixture(db, db.newCollege());
        long cs = f.department("CS").id();

        TeacherView created = f.teachers.create(f.college, new NewTeacher("T001", "Nicolò", "D'Angelo", "Prof.",
                "n.dangelo@example.org", "+39 06 1234", cs, LocalDate.of(2019, 9, 1)));

        assertThat(created.nameKey()).isEqualTo("d angelo nicolo");
        assertThat(created.status()).isEqualTo(TeacherStatus.ACTIVE);
        assertThat(f.teachers.findByStaffNumber(f.college, "T001")).contains(created);
        assertThat(f.teachers.get(f.college, created.id()).email()).isEqualTo("n.dangelo@example.org");
    }

    @DatabaseTest
    void renamingRecomputesTheNameKey(TestDatabase db) {
        RecordsFixture f = new RecordsFixture(db, db.newCollege());
        long cs = f.department("CS").id();
        TeacherView teacher = f.teacher(cs, "T001", "Anna", "Rossi");

        TeacherView renamed = f.teachers.update(f.college, teacher.id(), new TeacherChanges(teacher.version(),
                "Anna", "Bianchi-Rossi", "Dr.", " ", null, cs, null));

        assertThat(renamed.nameKey()).isEqualTo("bianchi rossi anna");
        assertThat(renamed.email()).isNull();
        assertThat(f.teachers.search(f.college, "bianchi", new PageRequest(10, null)).items())
                .containsExactly(renamed);
    }

    @DatabaseTest
    void duplicateStaffNumberIsAConflict(TestDatabase db) {
        RecordsFixture f = new RecordsFixture(db, db.newCollege());
        long cs = f.department("CS").id();
        f.teacher(cs, "T001", "Anna", "Rossi");

        assertThatThrownBy(() -> f.teacher(cs, "T001", "Marco", "Bianchi"))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("staff number \"T001\" already exists");
    }

    @DatabaseTest
    void staleUpdateFailsNamingTheTeacherAndKeepsTheNewerChange(TestDatabase db) {
        RecordsFixture f = new RecordsFixture(db, db.newCollege());
        long cs = f.department("CS").id();
        TeacherView original = f.teacher(cs, "T001", "Anna", "Rossi");
        f.teachers.changeStatus(f.college, original.id(), original.version(), TeacherStatus.ON_LEAVE);

        assertThatThrownBy(() -> f.teachers.update(f.college, original.id(), new TeacherChanges(original.version(),
                "Anna", "Verdi", null, null, null, cs, null)))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("teacher \"T001\" was changed by someone else");
        TeacherView stored = f.teachers.get(f.college, original.id());
        assertThat(stored.familyName()).isEqualTo("Rossi");
        assertThat(stored.status()).isEqualTo(TeacherStatus.ON_LEAVE);
    }

    @DatabaseTest
    void invalidInputListsEveryField(TestDatabase db) {
        RecordsFixture f = new RecordsFixture(db, db.newCollege());
        long cs = f.department("CS").id();

        assertThatThrownBy(() -> f.teachers.create(f.college, new NewTeacher("T 1", "Anna", " ", null,
                "not-an-email", "call me", cs, null)))
                .isInstanceOfSatisfying(ValidationException.class, e ->
                        assertThat(e.problems()).extracting(FieldProblem::field)
                                .containsExactly("email", "familyName", "phone", "staffNumber"));
    }

    @DatabaseTest
    void anotherCollegeCannotSeeTheTeacherNorUseTheDepartment(TestDatabase db) {
        RecordsFixture a = new RecordsFixture(db, db.newCollege("COLA"));
        RecordsFixture b = new RecordsFixture(db, db.newCollege("COLB"));
        long departmentOfA = a.department("CS").id();
        TeacherView teacherOfA = a.teacher(departmentOfA, "T001", "Anna", "Rossi");
        long departmentOfB = b.department("CS").id();

        assertThat(b.teachers.search(b.college, null, new PageRequest(10, null)).items()).isEmpty();
        assertThat(b.teachers.findByStaffNumber(b.college, "T001")).isEmpty();
        assertThatThrownBy(() -> b.teachers.get(b.college, teacherOfA.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> b.teacher(departmentOfA, "T001", "Anna", "Rossi"))
                .isInstanceOf(NotFoundException.class)
                .hasMessageContaining("No department \"" + departmentOfA + "\"");
        TeacherView teacherOfB = b.teacher(departmentOfB, "T001", "Marco", "Bianchi");
        assertThatThrownBy(() -> b.teachers.update(b.college, teacherOfB.id(), new TeacherChanges(
                teacherOfB.version(), "Marco", "Bianchi", null, null, null, departmentOfA, null)))
                .isInstanceOf(NotFoundException.class);
        assertThat(a.teachers.get(a.college, teacherOfA.id())).isEqualTo(teacherOfA);
    }

    @DatabaseTest
    void teacherWhoRetiredIsKeptAndStillListed(TestDatabase db) {
        RecordsFixture f = new RecordsFixture(db, db.newCollege());
        TeacherView teacher = f.teacher(f.department("CS").id(), "T001", "Anna", "Rossi");

        TeacherView retired = f.teachers.changeStatus(f.college, teacher.id(), teacher.version(),
                TeacherStatus.RETIRED);

        assertThat(retired.status()).isEqualTo(TeacherStatus.RETIRED);
        assertThat(f.teachers.search(f.college, "", new PageRequest(10, null)).items()).containsExactly(retired);
    }

    @DatabaseTest
    void pagingReturnsEveryTeacherExactlyOnceInNameOrderWithTiesById(TestDatabase db) {
        RecordsFixture f = new RecordsFixture(db, db.newCollege());
        long cs = f.department("CS").id();
        String[][] names = {{"Marco", "Rossi"}, {"Luca", "Bianchi"}, {"Marco", "Rossi"}, {"Anna", "Russo"},
            {"Sara", "Esposito"}, {"Marco", "Rossi"}, {"Giulia", "Romano"}, {"Paolo", "Colombo"},
            {"Elena", "Ricci"}, {"Anna", "Rossetti"}, {"Luca", "Galli"}, {"Chiara", "Ferrari"},
            {"Nicolò", "D'Angelo"}, {"Sara", "Bianchi"}, {"Marta", "Conti"}, {"Piero", "Moretti"},
            {"Franca", "Lombardi"}};
        List<TeacherView> created = new ArrayList<>();
        for (int i = 0; i < names.length; i++) {
            created.add(f.teacher(cs, "T" + (100 + i), names[i][0], names[i][1]));
        }

        List<TeacherView> seen = new ArrayList<>();
        int pages = 0;
        String cursor = null;
        do {
            Page<TeacherView> page = f.teachers.search(f.college, null, new PageRequest(4, cursor));
            assertThat(page.items()).hasSizeLessThanOrEqualTo(4);
            seen.addAll(page.items());
            cursor = page.nextCursor();
            pages++;
        } while (cursor != null);

        assertThat(seen).containsExactlyElementsOf(created.stream()
                .sorted(Comparator.comparing(TeacherView::nameKey).thenComparing(TeacherView::id)).toList());
        assertThat(pages).isEqualTo(5);
    }

    @DatabaseTest
    void namePrefixFiltersIgnoringAccentsAndCaseAndPagesWithinTheFilter(TestDatabase db) {
        RecordsFixture f = new RecordsFixture(db, db.newCollege());
        long cs = f.department("CS").id();
        TeacherView rossi = f.teacher(cs, "T1", "Marco", "Rossi");
        TeacherView rossetti = f.teacher(cs, "T2", "Anna", "Rossetti");
        TeacherView rossiToo = f.teacher(cs, "T3", "Marco", "Rossi");
        f.teacher(cs, "T4", "Anna", "Russo");
        f.teacher(cs, "T5", "Luca", "Bianchi");

        Page<TeacherView> first = f.teachers.search(f.college, "RÒS", new PageRequest(2, null));
        Page<TeacherView> second = f.teachers.search(f.college, "RÒS", new PageRequest(2, first.nextCursor()));

        assertThat(first.items()).containsExactly(rossetti, rossi);
        assertThat(second.items()).containsExactly(rossiToo);
        assertThat(second.nextCursor()).isNull();
        assertThat(f.teachers.search(f.college, "rossi marco", new PageRequest(10, null)).items())
                .containsExactly(rossi, rossiToo);
    }

    @DatabaseTest
    void listSearchMatchesNamePrefixOrStaffNumberPrefixAndFiltersByStatus(TestDatabase db) {
        RecordsFixture f = new RecordsFixture(db, db.newCollege());
        long cs = f.department("CS").id();
        TeacherView rossi = f.teacher(cs, "T100", "Marco", "Rossi");
        TeacherView bianchi = f.teacher(cs, "T101", "Luca", "Bianchi");
        TeacherView tosi = f.teacher(cs, "X_1", "Anna", "Tosi");
        TeacherView retired = f.teachers.changeStatus(f.college, bianchi.id(), bianchi.version(),
                TeacherStatus.RETIRED);

        assertThat(f.teachers.search(f.college, "t10", null, new PageRequest(10, null)).items())
                .containsExactly(retired, rossi);
        assertThat(f.teachers.search(f.college, "t", null, new PageRequest(10, null)).items())
                .containsExactly(retired, rossi, tosi);
        assertThat(f.teachers.search(f.college, "X_", null, new PageRequest(10, null)).items())
                .containsExactly(tosi);
        assertThat(f.teachers.search(f.college, "X%", null, new PageRequest(10, null)).items()).isEmpty();
        assertThat(f.teachers.search(f.college, null, TeacherStatus.RETIRED, new PageRequest(10, null)).items())
                .containsExactly(retired);
        assertThat(f.teachers.search(f.college, "t", TeacherStatus.ACTIVE, new PageRequest(1, null)))
                .satisfies(page -> {
                    assertThat(page.items()).containsExactly(rossi);
                    assertThat(f.teachers.search(f.college, "t", TeacherStatus.ACTIVE,
                            new PageRequest(1, page.nextCursor())).items()).containsExactly(tosi);
                });
        assertThat(f.teachers.search(f.college, "t", new PageRequest(10, null)).items()).containsExactly(tosi);
    }

    @DatabaseTest
    void malformedCursorIsAValidationErrorOnTheCursor(TestDatabase db) {
        RecordsFixture f = new RecordsFixture(db, db.newCollege());

        assertThatThrownBy(() -> f.teachers.search(f.college, null, new PageRequest(10, "garbage")))
                .isInstanceOfSatisfying(ValidationException.class, e ->
                        assertThat(e.problems()).extracting(FieldProblem::field).containsExactly("after"));
    }
}
