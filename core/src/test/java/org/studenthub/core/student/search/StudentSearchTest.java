package org.studenthub.core.student.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.studenthub.core.common.NameKeys;
import org.studenthub.core.common.Page;
import org.studenthub.core.common.PageRequest;
import org.studenthub.core.common.ValidationException;
import org.studenthub.core.student.NewStudent;
import org.studenthub.core.student.StudentChanges;
import org.studenthub.core.student.StudentFixtures;
import org.studenthub.core.student.StudentService;
import org.studenthub.core.student.StudentStatus;
import org.studenthub.core.student.StudentView;
import org.studenthub.core.testing.DatabaseTest;
import org.studenthub.core.testing.TestDatabase;
import org.studenthub.core.tenancy.CollegeContext;

class StudentSearchTest {
    private static final PageRequest FIRST_50 = new PageRequest(50, null);

    @DatabaseTest
    void numberFindsTheExactStudentFirstThenNumbersStartingWithIt(TestDatabase db) {
        World w = World.of(db);
        w.add("2024-10", "Anna", "Zanetti");
        w.add("2024-1", "Bruno", "Zeta");
        w.add("2024-100", "Carla", "Alfa");
        w.add("2025-1", "Dario", "Beta");

        assertThat(numbers(w.search(StudentQuery.of("2024-1")))).containsExactly("2024-1", "2024-10", "2024-100");
        assertThat(numbers(w.search(StudentQuery.of("2024-10")))).containsExactly("2024-10", "2024-100");
    }

    @DatabaseTest
    void givenNamePrefixFamilySubstringAndAccentsAllMatch(TestDatabase db) {
        World w = World.of(db);
        w.add("S1", "Nicolò", "Esposito");
        w.add("S2", "Marco", "Rossi");
        w.add("S3", "Maria", "De Rossetti");
        w.add("S4", "Giulia", "Bianchi");

        assertThat(numbers(w.search(StudentQuery.of("nicolo")))).containsExactly("S1");
        assertThat(numbers(w.search(StudentQuery.of("NICOLÒ")))).containsExactly("S1");
        assertThat(numbers(w.search(StudentQuery.of("Ma")))).containsExactly("S3", "S2");
        assertThat(numbers(w.search(StudentQuery.of("m")))).containsExactly("S3", "S2");
        assertThat(numbers(w.search(StudentQuery.of("oss")))).containsExactly("S3", "S2");
        assertThat(numbers(w.search(StudentQuery.of("ianc")))).containsExactly("S4");
        assertThat(numbers(w.search(StudentQuery.of("ia")))).isEmpty();
    }

    @DatabaseTest
    void everyWordOfAMultiWordQueryMustMatch(TestDatabase db) {
        World w = World.of(db);
        w.add("S1", "Marco", "Rossi");
        w.add("S2", "Maria", "Rossi");
        w.add("S3", "Marco", "Bianchi");

        assertThat(numbers(w.search(StudentQuery.of("rossi marc")))).containsExactly("S1");
        assertThat(numbers(w.search(StudentQuery.of("Marco R.")))).containsExactly("S1");
    }

    @DatabaseTest
    void filtersRestrictByProgrammeSectionAndStatus(TestDatabase db) {
        World w = World.of(db);
        StudentView inSection = w.students.create(w.college, w.student("S1", "Anna", "Rossi",
                w.academic.programme(), w.academic.section()));
        w.students.create(w.college, w.student("S2", "Anna", "Rossa", w.academic.otherProgramme(), null));
        StudentView suspended = w.add("S3", "Anna", "Rosso");
        w.students.changeStatus(w.college, suspended.id(), suspended.version(), StudentStatus.SUSPENDED);

        assertThat(numbers(w.search(StudentQuery.of("anna").inProgramme(w.academic.otherProgramme()))))
                .containsExactly("S2");
        assertThat(numbers(w.search(StudentQuery.of("ross").inSection(w.academic.section()))))
                .containsExactly(inSection.studentNumber());
        assertThat(numbers(w.search(StudentQuery.of(null).withStatus(StudentStatus.SUSPENDED))))
                .containsExactly("S3");
    }

    @DatabaseTest
    void pagingReturnsEveryMatchExactlyOnceInOrderByNameOrNumber(TestDatabase db) {
        World w = World.of(db);
        List<StudentView> created = new ArrayList<>();
        String[] families = {"Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Romano", "Colombo"};
        for (int i = 0; i < 47; i++) {
            // repeated names make the id tie-break matter
            created.add(w.add(String.format("N%03d", 46 - i), "Mario", families[i % families.length]));
        }
        w.add("X1", "Luisa", "Neri");

        List<StudentRow> byName = all(w, StudentQuery.of("mario"), 5);
        List<StudentRow> byNumber = all(w, StudentQuery.of("mario").sortedBy(StudentSort.NUMBER), 6);

        assertThat(byName).extracting(StudentRow::id).containsExactlyElementsOf(created.stream()
                .sorted(Comparator.comparing(StudentView::nameKey).thenComparing(StudentView::id))
                .map(StudentView::id).toList());
        assertThat(byNumber).extracting(StudentRow::studentNumber).containsExactlyElementsOf(created.stream()
                .map(StudentView::studentNumber).sorted().toList());
    }

    @DatabaseTest
    void aStudentWithTwoMatchingNameWordsIsListedOnce(TestDatabase db) {
        World w = World.of(db);
        w.add("S1", "Rosa", "Rossi");
        w.add("S2", "Marco", "Rossetti");
        w.add("S3", "Rosalba", "De Rosa");

        assertThat(numbers(w.search(StudentQuery.of("ros")))).containsExactly("S3", "S2", "S1");
        assertThat(numbers(all(w, StudentQuery.of("ros"), 1))).containsExactly("S3", "S2", "S1");
    }

    @DatabaseTest
    void aLargerPageOfTheSameQueryHoldsEveryMatch(TestDatabase db) {
        World w = World.of(db);
        for (int i = 0; i < 4; i++) {
            w.add("R" + i, "Marco", "Rossi");
            w.add("A" + i, "Anna", "Rosa");
        }

        assertThat(w.search.search(w.college, StudentQuery.of("ros"), new PageRequest(1, null)).items()).hasSize(1);
        assertThat(w.search.search(w.college, StudentQuery.of("ros"), new PageRequest(10, null)).items()).hasSize(8);
    }

    /**
     * The same queries through each plan (words merged, candidates sorted, list index walked, chosen
     * by thresholds) give the same students in the same order, page after page, as the matching
     * rules say.
     */
    @DatabaseTest
    void everyPlanListsExactlyTheMatchingStudentsInListOrder(TestDatabase db) {
        World w = World.of(db);
        String[] families = {"Rossi", "Rosa", "De Rosa", "Ambrosio", "Rossetti", "Bianchi", "Ross", "Primrose",
            "D'Angelo", "Marini"};
        String[] givens = {"Marco", "Rosa", "Maria", "Rosalba", "Nicolò", "Ambra"};
        List<StudentView> everyone = new ArrayList<>();
        for (int i = 0; i < 36; i++) {
            everyone.add(w.add(String.format("S%02d", 35 - i), givens[i % givens.length], families[(i * 7) % families.length]));
        }
        List<StudentSearch> plans = List.of(new StudentSearch(db.transactions()),
                new StudentSearch(db.transactions(), new SearchPlan.Limits(1, 1_000, 24)),
                new StudentSearch(db.transactions(), new SearchPlan.Limits(1, 0, 24)),
                new StudentSearch(db.transactions(), new SearchPlan.Limits(48, 2_000, 0)),
                new StudentSearch(db.transactions(), new SearchPlan.Limits(48, 2_000, 2)));

        for (String text : List.of("ros", "RO", "r", "ros mar", "mar ros", "ambr", "de ro", "angelo", "rosa rossi",
                "nicolo", "zz", "ros zz", "ro ma", "de rosa ro")) {
            for (StudentSort sort : StudentSort.values()) {
                StudentQuery query = StudentQuery.of(text).sortedBy(sort);
                List<Long> expected = everyone.stream().filter(s -> Matching.matches(text, s.nameKey()))
                        .sorted(sort == StudentSort.NAME
                                ? Comparator.comparing(StudentView::nameKey).thenComparing(StudentView::id)
                                : Comparator.comparing(StudentView::studentNumber).thenComparing(StudentView::id))
                        .map(StudentView::id).toList();
                for (StudentSearch plan : plans) {
                    assertThat(all(w, plan, query, 4)).as("%s by %s", text, sort).extracting(StudentRow::id)
                            .containsExactlyElementsOf(expected);
                }
            }
        }
    }

    @DatabaseTest
    void otherCollegesStudentsNeverAppear(TestDatabase db) {
        World a = World.of(db);
        World b = World.of(db);
        a.add("S1", "Marco", "Rossi");
        b.add("S1", "Marco", "Rossi");
        b.add("S2", "Marco", "Rossini");

        assertThat(a.search(StudentQuery.of("ross"))).hasSize(1);
        assertThat(a.search(StudentQuery.of("S1"))).hasSize(1);
        assertThat(a.search(StudentQuery.of(""))).hasSize(1);
    }

    @DatabaseTest
    void renamingAStudentUpdatesSearch(TestDatabase db) {
        World w = World.of(db);
        StudentView s = w.add("S1", "Marco", "Rossi");

        w.students.update(w.college, s.id(), new StudentChanges(s.version(), "Marco", "Ferrara", null, null, null,
                null, null, null, null, null, w.academic.programme()));

        assertThat(w.search(StudentQuery.of("rossi"))).isEmpty();
        assertThat(numbers(w.search(StudentQuery.of("errar")))).containsExactly("S1");
    }

    @DatabaseTest
    void cursorOfAnotherSortOrderIsRefused(TestDatabase db) {
        World w = World.of(db);
        w.add("S1", "Marco", "Rossi");
        w.add("S2", "Maria", "Rossi");
        StudentSearch search = new StudentSearch(db.transactions());
        String cursor = search.search(w.college, StudentQuery.of("ross"), new PageRequest(1, null)).nextCursor();

        assertThatThrownBy(() -> search.search(w.college, StudentQuery.of("ross").sortedBy(StudentSort.NUMBER),
                new PageRequest(1, cursor))).isInstanceOf(ValidationException.class);
    }

    private static List<StudentRow> all(World w, StudentQuery query, int pageSize) {
        return all(w, w.search, query, pageSize);
    }

    private static List<StudentRow> all(World w, StudentSearch search, StudentQuery query, int pageSize) {
        List<StudentRow> rows = new ArrayList<>();
        String after = null;
        do {
            Page<StudentRow> page = search.search(w.college, query, new PageRequest(pageSize, after));
            assertThat(page.items()).hasSizeLessThanOrEqualTo(pageSize);
            rows.addAll(page.items());
            after = page.nextCursor();
        } while (after != null);
        return rows;
    }

    private static List<String> numbers(List<StudentRow> rows) {
        return rows.stream().map(StudentRow::studentNumber).toList();
    }

    /** The matching rules of {@link StudentQuery}, written plainly, as the oracle for the plans. */
    private static final class Matching {
        static boolean matches(String text, String nameKey) {
            List<String> nameWords = List.of(nameKey.split(" "));
            for (String word : NameKeys.fold(text).split(" ")) {
                boolean found = nameWords.stream().anyMatch(n -> word.length() < 3 ? n.startsWith(word) : n.contains(word));
                if (!found) {
                    return false;
                }
            }
            return true;
        }
    }

    /** A college with the records students need, and the services under test. */
    private record World(CollegeContext college, StudentFixtures.Academic academic, StudentService students,
                         StudentSearch search) {
        static World of(TestDatabase db) {
            CollegeContext college = db.newCollege();
            return new World(college, StudentFixtures.academic(db, college), new StudentService(db.transactions()),
                    new StudentSearch(db.transactions()));
        }

        StudentView add(String number, String given, String family) {
            return students.create(college, StudentFixtures.student(number, given, family, academic.programme()));
        }

        NewStudent student(String number, String given, String family, long programme, Long section) {
            NewStudent base = StudentFixtures.student(number, given, family, programme);
            return new NewStudent(number, given, family, null, base.dateOfBirth(), base.email(), null, null, null,
                    null, null, base.admissionDate(), programme, section);
        }

        List<StudentRow> search(StudentQuery query) {
            return search.search(college, query, FIRST_50).items();
        }
    }
}
