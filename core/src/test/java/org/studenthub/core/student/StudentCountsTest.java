package org.studenthub.core.student;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.studenthub.core.security.AccessDeniedException;
import org.studenthub.core.security.Permission;
import org.studenthub.core.security.Scope;
import org.studenthub.core.testing.DatabaseTest;
import org.studenthub.core.testing.TestAccess;
import org.studenthub.core.testing.TestDatabase;
import org.studenthub.core.tenancy.CollegeContext;

class StudentCountsTest {

    @DatabaseTest
    void countsEveryStatusAndActiveStudentsPerProgrammeLargestFirst(TestDatabase db) {
        CollegeContext college = db.newCollege();
        StudentFixtures.Academic academic = StudentFixtures.academic(db, college);
        StudentService students = new StudentService(db.transactions());
        students.create(college, StudentFixtures.student("S1", "Anna", "Rossi", academic.programme()));
        students.create(college, StudentFixtures.student("S2", "Bruno", "Bianchi", academic.programme()));
        StudentView leaving = students.create(college, StudentFixtures.student("S3", "Carla", "Verdi",
                academic.otherProgramme()));
        students.create(college, StudentFixtures.student("S4", "Dario", "Neri", academic.otherProgramme()));
        students.changeStatus(college, leaving.id(), leaving.version(), StudentStatus.WITHDRAWN);
        StudentCounts counts = new StudentCounts(db.transactions());

        assertThat(counts.byStatus(college)).containsExactlyInAnyOrderEntriesOf(Map.of(StudentStatus.ACTIVE, 3L,
                StudentStatus.WITHDRAWN, 1L, StudentStatus.SUSPENDED, 0L, StudentStatus.GRADUATED, 0L));
        assertThat(counts.activeByProgramme(college)).extracting(StudentCounts.ProgrammeCount::code,
                StudentCounts.ProgrammeCount::students).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("P1", 2L), org.assertj.core.groups.Tuple.tuple("P2", 1L));
    }

    @DatabaseTest
    void aSectionScopedReaderCountsOnlyTheirSectionAndOtherCollegesAreNeverCounted(TestDatabase db) {
        CollegeContext college = db.newCollege();
        StudentFixtures.Academic academic = StudentFixtures.academic(db, college);
        StudentService students = new StudentService(db.transactions());
        StudentView inSection = students.create(college, StudentFixtures.student("S1", "Anna", "Rossi",
                academic.programme()));
        students.moveToSection(college, inSection.id(), inSection.version(), academic.section());
        students.create(college, StudentFixtures.student("S2", "Bruno", "Bianchi", academic.programme()));
        CollegeContext other = db.newCollege();
        StudentFixtures.Academic otherAcademic = StudentFixtures.academic(db, other);
        students.create(other, StudentFixtures.student("S9", "Zoe", "Altri", otherAcademic.programme()));
        CollegeContext sectionReader = new CollegeContext(college.collegeId(), "faculty",
                TestAccess.at(Scope.section(academic.section()), null, null, Permission.STUDENT_READ));

        assertThat(new StudentCounts(db.transactions()).byStatus(sectionReader)).containsEntry(StudentStatus.ACTIVE, 1L);
        assertThat(new StudentCounts(db.transactions()).byStatus(college)).containsEntry(StudentStatus.ACTIVE, 2L);
    }

    @DatabaseTest
    void countingNeedsStudentRead(TestDatabase db) {
        CollegeContext college = db.newCollege();
        CollegeContext withoutRead = new CollegeContext(college.collegeId(), "clerk",
                TestAccess.allBut(Permission.STUDENT_READ));

        assertThatThrownBy(() -> new StudentCounts(db.transactions()).byStatus(withoutRead))
                .isInstanceOf(AccessDeniedException.class);
    }
}
