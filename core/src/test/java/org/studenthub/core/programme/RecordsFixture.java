package org.studenthub.core.programme;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.studenthub.core.calendar.AcademicYearView;
import org.studenthub.core.calendar.CalendarService;
import org.studenthub.core.calendar.NewAcademicYear;
import org.studenthub.core.calendar.NewTerm;
import org.studenthub.core.calendar.TermView;
import org.studenthub.core.course.CourseService;
import org.studenthub.core.course.CourseView;
import org.studenthub.core.course.NewCourse;
import org.studenthub.core.department.DepartmentService;
import org.studenthub.core.department.DepartmentView;
import org.studenthub.core.department.NewDepartment;
import org.studenthub.core.section.NewSection;
import org.studenthub.core.section.SectionService;
import org.studenthub.core.section.SectionView;
import org.studenthub.core.teacher.NewTeacher;
import org.studenthub.core.teacher.TeacherService;
import org.studenthub.core.teacher.TeacherView;
import org.studenthub.core.testing.TestDatabase;
import org.studenthub.core.tenancy.CollegeContext;

/** Creates the records tests of programmes, courses, calendar, sections and teachers build on, in one college. */
public final class RecordsFixture {
    public final CollegeContext college;
    public final DepartmentService departments;
    public final ProgrammeService programmes;
    public final CourseService courses;
    public final CalendarService calendar;
    public final SectionService sections;
    public final TeacherService teachers;

    public RecordsFixture(TestDatabase db, CollegeContext college) {
        this.college = college;
        this.departments = new DepartmentService(db.transactions());
        this.programmes = new ProgrammeService(db.transactions());
        this.courses = new CourseService(db.transactions());
        this.calendar = new CalendarService(db.transactions());
        this.sections = new SectionService(db.transactions());
        this.teachers = new TeacherService(db.transactions());
    }

    public DepartmentView department(String code) {
        return departments.create(college, new NewDepartment(code, "Department " + code));
    }

    public ProgrammeView programme(long departmentId, String code, int durationYears) {
        return programmes.create(college, new NewProgramme(departmentId, code, "Programme " + code, "Laurea",
                ProgrammeLevel.BACHELOR, durationYears, 60 * durationYears));
    }

    /** Academic year {@code startYear/(startYear+1)} from 1 September to 31 July. */
    public AcademicYearView year(int startYear) {
        String code = startYear + "/" + String.format("%02d", (startYear + 1) % 100);
        return calendar.createYear(college, new NewAcademicYear(code, LocalDate.of(startYear, 9, 1),
                LocalDate.of(startYear + 1, 7, 31)));
    }

    /** Two semesters: S1 September-January, S2 February-July. */
    public TermView term(AcademicYearView year, String code) {
        int y = year.startsOn().getYear();
        boolean first = code.equals("S1");
        return calendar.addTerm(college, new NewTerm(year.id(), code, "Semester " + code, first ? 1 : 2,
                first ? LocalDate.of(y, 9, 1) : LocalDate.of(y + 1, 2, 1),
                first ? LocalDate.of(y + 1, 1, 31) : LocalDate.of(y + 1, 7, 31)));
    }

    public SectionView section(ProgrammeView programme, AcademicYearView year, String code, int yearOfStudy) {
        return sections.create(college, new NewSection(programme.id(), year.id(), code, "Section " + code,
                yearOfStudy, 30));
    }

    public CourseView course(long departmentId, String code) {
        return courses.create(college, new NewCourse(departmentId, code, "Course " + code, "Subject",
                new BigDecimal("6.0")));
    }

    public TeacherView teacher(long departmentId, String staffNumber, String givenName, String familyName) {
        return teachers.create(college, new NewTeacher(staffNumber, givenName, familyName, "Prof.", null, null,
                departmentId, LocalDate.of(2020, 9, 1)));
    }
}
