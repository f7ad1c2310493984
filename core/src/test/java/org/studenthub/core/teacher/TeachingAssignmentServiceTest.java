package org.studenthub.core.teacher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.studenthub.core.calendar.AcademicYearView;
import org.studenthub.core.calendar.TermView;
import org.studenthub.core.common.ConflictException;
import org.studenthub.core.common.NotFoundException;
import org.studenthub.core.common.ValidationException;
import org.studenthub.core.common.ValidationException.FieldProblem;
import org.studenthub.core.course.CourseView;
import org.studenthub.core.programme.RecordsFixture;
import org.studenthub.core.section.SectionView;
import org.studenthub.core.testing.DatabaseTest;
import org.studenthub.core.testing.TestDatabase;

class TeachingAssignmentServiceTest {

    /** One college with a section, its two terms, a course and two teachers. */
    private record Setup(RecordsFixture f, TeachingAssignmentService assignments, AcademicYearView year,
                         SectionView section, TermView s1, TermView s2, CourseView course, TeacherView lead,
                         TeacherView assistant) {
        static Setup in(TestDatabase db, String collegeCode) {
            RecordsFixture f = new RecordsFixture(db, db.newCollege(collegeCode));
            long cs = f.department("CS").id();
            AcademicYearView year = f.year(2025);
            SectionView section = f.section(f.programme(cs, "BSC-CS", 3), year, "1A", 1);
            return new Setup(f, new TeachingAssignmentService(db.transactions()), year, section, f.term(year, "S1"),
                    f.term(year, "S2"), f.course(cs, "CS101"), f.teacher(cs, "T001", "Anna", "Rossi"),
                    f.teacher(cs, "T002", "Luca", "Bianchi"));
        }

        NewTeachingAssignment assignment(TeacherView teacher, TermView term, TeachingRole role) {
            return new NewTeachingAssignment(teacher.id(), course.id(), section.id(), term.id(), role);
        }
    }

    @DatabaseTest
    void assignmentsAreListedBySectionAndTermAndByTeacher(TestDatabase db) {
        Setup s = Setup.in(db, "COLA");

        TeachingAssignmentView helper = s.assignments.assign(s.f.college,
                s.assignment(s.assistant, s.s1, TeachingRole.ASSISTANT));
        TeachingAssignmentView autumn = s.assignments.assign(s.f.college,
                s.assignment(s.lead, s.s1, TeachingRole.LEAD));
        TeachingAssignmentView spring = s.assignments.assign(s.f.college,
                s.assignment(s.lead, s.s2, TeachingRole.LEAD));

        assertThat(autumn.status()).isEqualTo(TeachingAssignmentStatus.ACTIVE);
        assertThat(s.assignments.listBySectionAndTerm(s.f.college, s.section.id(), s.s1.id()))
                .containsExactly(autumn, helper);
        assertThat(s.assignments.listBySectionAndTerm(s.f.college, s.section.id(), s.s2.id()))
                .containsExactly(spring);
        assertThat(s.assignments.listByTeacher(s.f.college, s.lead.id())).containsExactly(spring, autumn);
    }

    @DatabaseTest
    void endingKeepsTheAssignmentAndAssigningAgainResumesIt(TestDatabase db) {
        Setup s = Setup.in(db, "COLA");
        TeachingAssignmentView assigned = s.assignments.assign(s.f.college,
                s.assignment(s.lead, s.s1, TeachingRole.LEAD));

        TeachingAssignmentView ended = s.assignments.end(s.f.college, assigned.id(), assigned.version());
        assertThat(ended.status()).isEqualTo(TeachingAssignmentStatus.ENDED);
        assertThat(s.assignments.listByTeacher(s.f.college, s.lead.id())).containsExactly(ended);

        TeachingAssignmentView resumed = s.assignments.assign(s.f.college,
                s.assignment(s.lead, s.s1, TeachingRole.ASSISTANT));
        assertThat(resumed.id()).isEqualTo(assigned.id());
        assertThat(resumed.status()).isEqualTo(TeachingAssignmentStatus.ACTIVE);
        assertThat(resumed.role()).isEqualTo(TeachingRole.ASSISTANT);
    }

    @DatabaseTest
    void assigningTheSameTeachingTwiceIsAConflictNamingIt(TestDatabase db) {
        Setup s = Setup.in(db, "COLA");
        s.assignments.assign(s.f.college, s.assignment(s.lead, s.s1, TeachingRole.LEAD));

        assertThatThrownBy(() -> s.assignments.assign(s.f.college, s.assignment(s.lead, s.s1, TeachingRole.LEAD)))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("T001 is already assigned to course CS101 for section 1A in term S1");
    }

    @DatabaseTest
    void staleEndFailsNamingTheAssignment(TestDatabase db) {
        Setup s = Setup.in(db, "COLA");
        TeachingAssignmentView assigned = s.assignments.assign(s.f.college,
                s.assignment(s.lead, s.s1, TeachingRole.LEAD));
        s.assignments.end(s.f.college, assigned.id(), assigned.version());

        assertThatThrownBy(() -> s.assignments.end(s.f.college, assigned.id(), assigned.version()))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("teaching assignment \"T001 / CS101 / 1A / S1\" was changed by someone else");
    }

    @DatabaseTest
    void termOfAnotherYearThanTheSectionsIsRejected(TestDatabase db) {
        Setup s = Setup.in(db, "COLA");
        TermView nextYearTerm = s.f.term(s.f.year(2026), "S1");

        assertThatThrownBy(() -> s.assignments.assign(s.f.college,
                s.assignment(s.lead, nextYearTerm, TeachingRole.LEAD)))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.problems()).extracting(FieldProblem::field).containsExactly("termId");
                    assertThat(e.problems().get(0).message()).contains("section 1A");
                });
    }

    @DatabaseTest
    void teacherWhoRetiredCannotBeAssigned(TestDatabase db) {
        Setup s = Setup.in(db, "COLA");
        s.f.teachers.changeStatus(s.f.college, s.lead.id(), s.lead.version(), TeacherStatus.RETIRED);

        assertThatThrownBy(() -> s.assignments.assign(s.f.college, s.assignment(s.lead, s.s1, TeachingRole.LEAD)))
                .isInstanceOfSatisfying(ValidationException.class, e ->
                        assertThat(e.problems()).extracting(FieldProblem::field).containsExactly("teacherId"));
        assertThat(s.assignments.listByTeacher(s.f.college, s.lead.id())).isEmpty();
    }

    @DatabaseTest
    void anotherCollegeCannotSeeNorReferenceTheAssignmentsRecords(TestDatabase db) {
        Setup a = Setup.in(db, "COLA");
        Setup b = Setup.in(db, "COLB");
        TeachingAssignmentView inA = a.assignments.assign(a.f.college, a.assignment(a.lead, a.s1, TeachingRole.LEAD));

        assertThat(b.assignments.listByTeacher(b.f.college, a.lead.id())).isEmpty();
        assertThat(b.assignments.listBySectionAndTerm(b.f.college, a.section.id(), a.s1.id())).isEmpty();
        assertThatThrownBy(() -> b.assignments.get(b.f.college, inA.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> b.assignments.end(b.f.college, inA.id(), inA.version()))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> b.assignments.assign(b.f.college, new NewTeachingAssignment(a.lead.id(),
                b.course.id(), b.section.id(), b.s1.id(), TeachingRole.LEAD)))
                .isInstanceOf(NotFoundException.class).hasMessageContaining("No teacher");
        assertThatThrownBy(() -> b.assignments.assign(b.f.college, new NewTeachingAssignment(b.lead.id(),
                a.course.id(), b.section.id(), b.s1.id(), TeachingRole.LEAD)))
                .isInstanceOf(NotFoundException.class).hasMessageContaining("No course");
        assertThatThrownBy(() -> b.assignments.assign(b.f.college, new NewTeachingAssignment(b.lead.id(),
                b.course.id(), a.section.id(), b.s1.id(), TeachingRole.LEAD)))
                .isInstanceOf(NotFoundException.class).hasMessageContaining("No section");
        assertThatThrownBy(() -> b.assignments.assign(b.f.college, new NewTeachingAssignment(b.lead.id(),
                b.course.id(), b.section.id(), a.s1.id(), TeachingRole.LEAD)))
                .isInstanceOf(NotFoundException.class).hasMessageContaining("No term");
        assertThat(a.assignments.get(a.f.college, inA.id())).isEqualTo(inA);
    }
}
