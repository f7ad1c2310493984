package org.studenthub.core.course;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.studenthub.core.common.ConflictException;
import org.studenthub.core.common.NotFoundException;
import org.studenthub.core.common.Page;
import org.studenthub.core.common.PageRequest;
import org.studenthub.core.common.ValidationException;
import org.studenthub.core.programme.RecordsFixture;
import org.studenthub.core.testing.DatabaseTest;
import org.studenthub.core.testing.TestDatabase;

class CourseServiceTest {

    @DatabaseTest
    void createdCourseIsFoundByCodeWithItsFractionalCredits(TestDatabase db) {
        RecordsFixture f = new RecordsFixture(db, db.newCollege());
        long cs = f.department("CS").id();

        CourseView created = f.courses.create(f.college,
                new NewCourse(cs, "CS101", "Programming", "Informatics", new BigDecimal("7.5")));

        assertThat(f.courses.findByCode(f.college, "CS101")).contains(created);
        assertThat(f.courses.get(f.college, created.id()).credits()).isEqualByComparingTo("7.5");
        assertThat(f.courses.list(f.college, new PageRequest(10, null)).items()).containsExactly(created);
    }

    @DatabaseTest
    void duplicateCodeInOneCollegeIsAConflict(TestDatabase db) {
        RecordsFixture f = new RecordsFixture(db, db.newCollege());
        long cs = f.department("CS").id();
        f.course(cs, "CS101");

        assertThatThrownBy(() -> f.course(cs, "CS101"))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("course with code \"CS101\" already exists");
    }

    @DatabaseTest
    void staleUpdateFailsNamingTheCourseAndKeepsTheNewerChange(TestDatabase db) {
        RecordsFixture f = new RecordsFixture(db, db.newCollege());
        CourseView original = f.course(f.department("CS").id(), "CS101");
        f.courses.update(f.college, original.id(),
                new CourseChanges(original.version(), "Programming I", "Informatics", new BigDecimal("9")));

        assertThatThrownBy(() -> f.courses.update(f.college, original.id(),
                new CourseChanges(original.version(), "Stale", "Informatics", BigDecimal.ONE)))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("course \"CS101\" was changed by someone else");
        CourseView stored = f.courses.get(f.college, original.id());
        assertThat(stored.title()).isEqualTo("Programming I");
        assertThat(stored.credits()).isEqualByComparingTo("9");
    }

    @DatabaseTest
    void invalidInputListsEveryField(TestDatabase db) {
        RecordsFixture f = new RecordsFixture(db, db.newCollege());
        long cs = f.department("CS").id();

        assertThatThrownBy(() -> f.courses.create(f.college,
                new NewCourse(cs, "CS101", " ", "", new BigDecimal("7.25"))))
                .isInstanceOfSatisfying(ValidationException.class, e ->
                        assertThat(e.problems()).extracting(ValidationException.FieldProblem::field)
                                .containsExactly("credits", "subject", "title"));
        assertThatThrownBy(() -> f.courses.create(f.college,
                new NewCourse(cs, "CS101", "Title", "Subject", new BigDecimal("60.5"))))
                .isInstanceOfSatisfying(ValidationException.class, e ->
                        assertThat(e.problems()).extracting(ValidationException.FieldProblem::field)
                                .containsExactly("credits"));
    }

    @DatabaseTest
    void anotherCollegeCannotSeeTheCourseNorUseTheDepartment(TestDatabase db) {
        RecordsFixture a = new RecordsFixture(db, db.newCollege("COLA"));
        RecordsFixture b = new RecordsFixture(db, db.newCollege("COLB"));
        long departmentOfA = a.department("CS").id();
        CourseView courseOfA = a.course(departmentOfA, "CS101");

        assertThat(b.courses.list(b.college, new PageRequest(10, null)).items()).isEmpty();
        assertThat(b.courses.findByCode(b.college, "CS101")).isEmpty();
        assertThatThrownBy(() -> b.courses.get(b.college, courseOfA.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> b.course(departmentOfA, "CS101"))
                .isInstanceOf(NotFoundException.class)
                .hasMessageContaining("No department \"" + departmentOfA + "\"");
    }

    @DatabaseTest
    void retiringKeepsTheCourseInTheList(TestDatabase db) {
        RecordsFixture f = new RecordsFixture(db, db.newCollege());
        CourseView course = f.course(f.department("CS").id(), "CS101");

        CourseView retired = f.courses.changeStatus(f.college, course.id(), course.version(), CourseStatus.RETIRED);

        assertThat(retired.status()).isEqualTo(CourseStatus.RETIRED);
        assertThat(f.courses.list(f.college, new PageRequest(10, null)).items())
                .extracting(CourseView::status).containsExactly(CourseStatus.RETIRED);
    }

    @DatabaseTest
    void pagingReturnsEveryCourseExactlyOnceInCodeOrder(TestDatabase db) {
        RecordsFixture f = new RecordsFixture(db, db.newCollege());
        long cs = f.department("CS").id();
        List<String> codes = new ArrayList<>(IntStream.rangeClosed(1, 23)
                .mapToObj(i -> String.format("C%03d", i)).toList());
        Collections.shuffle(codes, new Random(7));
        codes.forEach(code -> f.course(cs, code));

        List<String> seen = new ArrayList<>();
        int pages = 0;
        String cursor = null;
        do {
            Page<CourseView> page = f.courses.list(f.college, new PageRequest(5, cursor));
            page.items().forEach(c -> seen.add(c.code()));
            cursor = page.nextCursor();
            pages++;
        } while (cursor != null);

        assertThat(seen).hasSize(23).doesNotHaveDuplicates().isSorted();
        assertThat(seen).containsExactlyInAnyOrderElementsOf(codes);
        assertThat(pages).isEqualTo(5);
    }

    @DatabaseTest
    void pageSizeOutsideOneToFiveHundredIsRejected(TestDatabase db) {
        RecordsFixture f = new RecordsFixture(db, db.newCollege());

        assertThatThrownBy(() -> f.courses.list(f.college, new PageRequest(501, null)))
                .isInstanceOfSatisfying(ValidationException.class, e ->
                        assertThat(e.problems()).extracting(ValidationException.FieldProblem::field)
                                .containsExactly("limit"));
        assertThatThrownBy(() -> f.courses.list(f.college, new PageRequest(0, null)))
                .isInstanceOf(ValidationException.class);
    }
}
