package org.studenthub.core.enrolment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.studenthub.core.common.ConflictException;
import org.studenthub.core.common.NotFoundException;
import org.studenthub.core.common.ValidationException;
import org.studenthub.core.testing.DatabaseTest;
import org.studenthub.core.testing.TestDatabase;
import org.studenthub.core.tenancy.CollegeContext;

class EnrolmentServiceTest {
    private static final LocalDate START = RecordsFixture.YEAR_START;

    private static NewEnrolment enrolmentOf(RecordsFixture f, long studentId) {
        return new NewEnrolment(studentId, f.programmeId, f.sectionId, f.termId, START);
    }

    @DatabaseTest
    void enrolledStudentIsListedByStudentAndCountedInTheSection(TestDatabase db) {
        CollegeContext college = db.newCollege();
        RecordsFixture f = new RecordsFixture(db, college);
        EnrolmentService enrolments = new EnrolmentService(db.transactions());

        EnrolmentView created = enrolments.enrol(college, enrolmentOf(f, f.student("S001")));

        assertThat(created.status()).isEqualTo(EnrolmentStatus.ENROLLED);
        assertThat(created.endedOn()).isNull();
        assertThat(enrolments.listByStudent(college, created.studentId())).containsExactly(created);
        assertThat(enrolments.countBySectionAndTerm(college, f.sectionId, f.termId)).isEqualTo(1);
    }

    @DatabaseTest
    void enrollingTheSameStudentTwiceInATermIsAConflictNamingStudentAndTerm(TestDatabase db) {
        CollegeContext college = db.newCollege();
        RecordsFixture f = new RecordsFixture(db, college);
        EnrolmentService enrolments = new EnrolmentService(db.transactions());
        long student = f.student("S001");
        enrolments.enrol(college, enrolmentOf(f, student));

        assertThatThrownBy(() -> enrolments.enrol(college, enrolmentOf(f, student)))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("\"S001\" is already enrolled")
                .hasMessageContaining("term \"T1\"");
        assertThat(enrolments.countBySectionAndTerm(college, f.sectionId, f.termId)).isEqualTo(1);
    }

    @DatabaseTest
    void leavingEnrolledRecordsTheEndDateAndKeepsTheEnrolment(TestDatabase db) {
        CollegeContext college = db.newCollege();
        RecordsFixture f = new RecordsFixture(db, college);
        EnrolmentService enrolments = new EnrolmentService(db.transactions());
        EnrolmentView enrolled = enrolments.enrol(college, enrolmentOf(f, f.student("S001")));
        LocalDate withdrawnOn = START.plusDays(30);

        EnrolmentView withdrawn = enrolments.changeStatus(college, enrolled.id(), enrolled.version(),
                EnrolmentStatus.WITHDRAWN, withdrawnOn);

        assertThat(withdrawn.status()).isEqualTo(EnrolmentStatus.WITHDRAWN);
        assertThat(withdrawn.endedOn()).isEqualTo(withdrawnOn);
        assertThat(withdrawn.version()).isGreaterThan(enrolled.version());
        assertThat(enrolments.countBySectionAndTerm(college, f.sectionId, f.termId)).isEqualTo(1);
        EnrolmentView back = enrolments.changeStatus(college, enrolled.id(), withdrawn.version(),
                EnrolmentStatus.ENROLLED, null);
        assertThat(back.endedOn()).isNull();
    }

    @DatabaseTest
    void endDateBeforeTheEnrolmentDateIsRejected(TestDatabase db) {
        CollegeContext college = db.newCollege();
        RecordsFixture f = new RecordsFixture(db, college);
        EnrolmentService enrolments = new EnrolmentService(db.transactions());
        EnrolmentView enrolled = enrolments.enrol(college, enrolmentOf(f, f.student("S001")));

        assertThatThrownBy(() -> enrolments.changeStatus(college, enrolled.id(), enrolled.version(),
                EnrolmentStatus.COMPLETED, START.minusDays(1)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems())
                        .extracting(ValidationException.FieldProblem::field).containsExactly("effectiveOn"));
        assertThat(enrolments.get(college, enrolled.id()).status()).isEqualTo(EnrolmentStatus.ENROLLED);
    }

    @DatabaseTest
    void staleStatusChangeFailsNamingStudentAndTerm(TestDatabase db) {
        CollegeContext college = db.newCollege();
        RecordsFixture f = new RecordsFixture(db, college);
        EnrolmentService enrolments = new EnrolmentService(db.transactions());
        EnrolmentView enrolled = enrolments.enrol(college, enrolmentOf(f, f.student("S001")));
        enrolments.changeStatus(college, enrolled.id(), enrolled.version(), EnrolmentStatus.SUSPENDED, START);

        assertThatThrownBy(() -> enrolments.changeStatus(college, enrolled.id(), enrolled.version(),
                EnrolmentStatus.COMPLETED, START.plusDays(90)))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("enrolment \"S001/T1\" was changed by someone else");
        assertThat(enrolments.get(college, enrolled.id()).status()).isEqualTo(EnrolmentStatus.SUSPENDED);
    }

    @DatabaseTest
    void sectionPagesReturnEveryEnrolmentOnceInOrder(TestDatabase db) {
        CollegeContext college = db.newCollege();
        RecordsFixture f = new RecordsFixture(db, college);
        EnrolmentService enrolments = new EnrolmentService(db.transactions());
        List<Long> expected = new ArrayList<>();
        for (int i = 1; i <= 23; i++) {
            expected.add(enrolments.enrol(college, enrolmentOf(f, f.student("S" + i))).id());
        }
        long otherSection = f.section("1B");
        enrolments.enrol(college, new NewEnrolment(f.student("X1"), f.programmeId, otherSection, f.termId, START));

        List<Long> seen = new ArrayList<>();
        int pages = 0;
        Long after = null;
        do {
            EnrolmentPage page = enrolments.listBySectionAndTerm(college, f.sectionId, f.termId, after, 10);
            page.items().forEach(e -> seen.add(e.id()));
            after = page.nextAfterId();
            pages++;
        } while (after != null);

        assertThat(seen).containsExactlyElementsOf(expected).isSorted();
        assertThat(pages).isEqualTo(3);
        assertThat(enrolments.countBySectionAndTerm(college, f.sectionId, f.termId)).isEqualTo(23);
    }

    @DatabaseTest
    void pageSizeOutsideTheAllowedRangeIsRejected(TestDatabase db) {
        CollegeContext college = db.newCollege();
        RecordsFixture f = new RecordsFixture(db, college);
        EnrolmentService enrolments = new EnrolmentService(db.transactions());

        assertThatThrownBy(() -> enrolments.listBySectionAndTerm(college, f.sectionId, f.termId, null, 0))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> enrolments.listBySectionAndTerm(college, f.sectionId, f.termId, null, 501))
                .isInstanceOf(ValidationException.class);
    }

    @DatabaseTest
    void anotherCollegeCannotReadEnrolments(TestDatabase db) {
        CollegeContext a = db.newCollege("COLA");
        CollegeContext b = db.newCollege("COLB");
        RecordsFixture fa = new RecordsFixture(db, a);
        EnrolmentService enrolments = new EnrolmentService(db.transactions());
        EnrolmentView inA = enrolments.enrol(a, enrolmentOf(fa, fa.student("S001")));

        assertThatThrownBy(() -> enrolments.get(b, inA.id())).isInstanceOf(NotFoundException.class);
        assertThat(enrolments.listByStudent(b, inA.studentId())).isEmpty();
        assertThat(enrolments.listBySectionAndTerm(b, fa.sectionId, fa.termId, null, 10).items()).isEmpty();
        assertThat(enrolments.countBySectionAndTerm(b, fa.sectionId, fa.termId)).isZero();
        assertThatThrownBy(() -> enrolments.changeStatus(b, inA.id(), inA.version(), EnrolmentStatus.WITHDRAWN,
                START.plusDays(1))).isInstanceOf(NotFoundException.class);
    }

    @DatabaseTest
    void anotherCollegeCannotEnrolAStudentItDoesNotOwn(TestDatabase db) {
        CollegeContext a = db.newCollege("COLA");
        CollegeContext b = db.newCollege("COLB");
        RecordsFixture fa = new RecordsFixture(db, a);
        RecordsFixture fb = new RecordsFixture(db, b);
        EnrolmentService enrolments = new EnrolmentService(db.transactions());
        long studentOfA = fa.student("S001");

        assertThatThrownBy(() -> enrolments.enrol(b, enrolmentOf(fb, studentOfA)))
                .isInstanceOf(NotFoundException.class)
                .hasMessageContaining("No student \"" + studentOfA + "\" exists in this college");
        assertThatThrownBy(() -> enrolments.enrol(b, new NewEnrolment(fb.student("S001"), fb.programmeId,
                fa.sectionId, fb.termId, START)))
                .isInstanceOf(NotFoundException.class)
                .hasMessageContaining("No section");
        assertThat(enrolments.countBySectionAndTerm(b, fb.sectionId, fb.termId)).isZero();
    }
}
