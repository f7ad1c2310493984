package org.studenthub.core.enrolment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.studenthub.core.testing.DatabaseTest;
import org.studenthub.core.testing.TestDatabase;
import org.studenthub.core.tenancy.CollegeContext;

class EnrolledStudentsTest {

    @DatabaseTest
    void sectionClassListPagesByStudentNumberWithNamesAndEveryStatus(TestDatabase db) {
        CollegeContext college = db.newCollege();
        RecordsFixture f = new RecordsFixture(db, college);
        EnrolmentService enrolments = new EnrolmentService(db.transactions());
        for (String number : List.of("S05", "S01", "S04", "S02", "S03")) {
            enrolments.enrol(college, new NewEnrolment(f.student(number), f.programmeId, f.sectionId, f.termId,
                    RecordsFixture.YEAR_START));
        }
        EnrolmentView withdrawn = enrolments.enrol(college, new NewEnrolment(f.student("S06"), f.programmeId,
                f.sectionId, f.termId, RecordsFixture.YEAR_START));
        enrolments.changeStatus(college, withdrawn.id(), withdrawn.version(), EnrolmentStatus.WITHDRAWN,
                RecordsFixture.YEAR_START.plusDays(3));
        enrolments.enrol(college, new NewEnrolment(f.student("X1"), f.programmeId, f.section("1B"), f.termId,
                RecordsFixture.YEAR_START));

        List<EnrolledStudent> seen = new ArrayList<>();
        int pages = 0;
        String after = null;
        do {
            EnrolledStudentPage page = enrolments.listStudentsBySectionAndTerm(college, f.sectionId, f.termId, after, 2);
            seen.addAll(page.items());
            after = page.nextAfterNumber();
            pages++;
        } while (after != null);

        assertThat(seen).extracting(EnrolledStudent::studentNumber)
                .containsExactly("S01", "S02", "S03", "S04", "S05", "S06");
        assertThat(pages).isEqualTo(3);
        assertThat(seen.get(0).familyName()).isEqualTo("FamilyS01");
        assertThat(seen.get(0).givenName()).isEqualTo("GivenS01");
        assertThat(seen.get(5).enrolment().status()).isEqualTo(EnrolmentStatus.WITHDRAWN);
    }
}
