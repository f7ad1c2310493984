package org.studenthub.core.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.io.TempDir;
import org.studenthub.core.attendance.AttendanceService;
import org.studenthub.core.attendance.NewAttendanceSession;
import org.studenthub.core.calendar.CalendarService;
import org.studenthub.core.calendar.NewAcademicYear;
import org.studenthub.core.common.PageRequest;
import org.studenthub.core.common.StudentHubException;
import org.studenthub.core.course.CourseService;
import org.studenthub.core.course.NewCourse;
import org.studenthub.core.db.Transactions;
import org.studenthub.core.department.DepartmentService;
import org.studenthub.core.department.NewDepartment;
import org.studenthub.core.enrolment.EnrolmentService;
import org.studenthub.core.enrolment.NewEnrolment;
import org.studenthub.core.enrolment.RecordsFixture;
import org.studenthub.core.mentor.MentorService;
import org.studenthub.core.mentor.NewMentorAssignment;
import org.studenthub.core.programme.NewProgramme;
import org.studenthub.core.programme.ProgrammeLevel;
import org.studenthub.core.programme.ProgrammeService;
import org.studenthub.core.section.NewSection;
import org.studenthub.core.section.SectionService;
import org.studenthub.core.student.DocumentType;
import org.studenthub.core.student.GuardianDetails;
import org.studenthub.core.student.GuardianRelationship;
import org.studenthub.core.student.GuardianService;
import org.studenthub.core.student.NewStudentDocument;
import org.studenthub.core.student.StudentDocumentService;
import org.studenthub.core.student.StudentPhotoService;
import org.studenthub.core.student.StudentService;
import org.studenthub.core.student.search.StudentQuery;
import org.studenthub.core.student.search.StudentSearch;
import org.studenthub.core.teacher.NewTeacher;
import org.studenthub.core.teacher.NewTeachingAssignment;
import org.studenthub.core.teacher.TeacherService;
import org.studenthub.core.teacher.TeachingAssignmentService;
import org.studenthub.core.teacher.TeachingRole;
import org.studenthub.core.tenancy.CollegeContext;
import org.studenthub.core.testing.DatabaseTest;
import org.studenthub.core.testing.TestAccess;
import org.studenthub.core.testing.TestDatabase;
import org.studenthub.core.transfer.CsvExporter;
import org.studenthub.core.transfer.EnrolmentImporter;
import org.studenthub.core.transfer.ExportOptions;
import org.studenthub.core.transfer.ImportOptions;
import org.studenthub.core.transfer.StudentImporter;
import org.studenthub.core.transfer.TeacherImporter;

/**
 * Every service family refuses a caller who holds everything except the one permission the call needs,
 * and the calls that act on the whole college refuse a caller who holds that permission for one
 * department only. The calls are valid: the same calls succeed for a caller holding every permission.
 */
class PermissionGuardsTest {
    private static final LocalDate DAY = RecordsFixture.YEAR_START.plusDays(6);
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13};

    /** A service call and the permission it needs. */
    private record Call(String name, Permission permission, Consumer<CollegeContext> call) {}

    @DatabaseTest
    void everyServiceRefusesACallerLackingItsPermission(TestDatabase db, @TempDir Path dir) throws Exception {
        CollegeContext college = db.newCollege();
        List<Call> calls = calls(db, new RecordsFixture(db, college), dir);
        long studentsBefore = count(db, college, "student");

        SoftAssertions softly = new SoftAssertions();
        for (Call call : calls) {
            Throwable refusal = catchThrowable(() -> call.call().accept(
                    TestDatabase.contextWith(college, TestAccess.allBut(call.permission()))));
            softly.assertThat(refusal).as(call.name()).isInstanceOf(AccessDeniedException.class)
                    .hasMessageContaining(call.permission().code());
            // refused by the guard itself, not later by a scope check that reaches nobody
            softly.assertThat(refusal).as(call.name()).extracting(e -> ((StudentHubException) e).messageKey())
                    .isEqualTo("security.denied.permission");
        }
        softly.assertAll();
        assertThat(count(db, college, "student")).as("students written by refused calls").isEqualTo(studentsBefore);
        assertThat(count(db, college, "department")).as("departments written by refused calls").isEqualTo(1);

        for (Call call : calls) {
            assertThat(catchThrowable(() -> call.call().accept(college))).as(call.name() + " with every permission")
                    .isNull();
        }
    }

    @DatabaseTest
    void collegeWideCallsRefuseACallerWhosePermissionReachesOneDepartment(TestDatabase db, @TempDir Path dir)
            throws Exception {
        CollegeContext college = db.newCollege();
        RecordsFixture f = new RecordsFixture(db, college);
        List<Call> collegeWide = calls(db, f, dir).stream()
                .filter(c -> c.name().startsWith("import") || c.name().startsWith("export")
                        || c.permission() == Permission.RECORDS_WRITE)
                .toList();
        assertThat(collegeWide).hasSizeGreaterThan(10);

        SoftAssertions softly = new SoftAssertions();
        for (Call call : collegeWide) {
            Access departmentOnly = TestAccess.narrowed(call.permission(), Scope.department(f.departmentId));
            Throwable refusal = catchThrowable(() -> call.call().accept(TestDatabase.contextWith(college,
                    departmentOnly)));
            softly.assertThat(refusal).as(call.name()).isInstanceOf(AccessDeniedException.class);
            softly.assertThat(refusal).as(call.name()).hasMessageContaining("does not reach");
        }
        softly.assertAll();
    }

    private static List<Call> calls(TestDatabase db, RecordsFixture f, Path dir)
            throws Exception {
        Transactions tx = db.transactions();
        long student = f.student("S1", f.programmeId, f.sectionId);
        long teacher = f.teacher("T1");
        long course = f.course("C1");
        Path students = Files.writeString(dir.resolve("students.csv"),
                "student_number,given_name,family_name,admission_date,programme\nS900,Ada,Rossi,2026-09-01,BSC-CS\n");
        Path teachers = Files.writeString(dir.resolve("teachers.csv"),
                "staff_number,given_name,family_name,department\nT900,Ada,Verdi,CS\n");
        Path enrolments = Files.writeString(dir.resolve("enrolments.csv"),
                "student_number,programme,academic_year,section,term,enrolled_on\n"
                        + "S1,BSC-CS,2026-27,1A,T1,2026-09-01\n");
        DepartmentService departments = new DepartmentService(tx);
        ProgrammeService programmes = new ProgrammeService(tx);
        CourseService courses = new CourseService(tx);
        CalendarService calendar = new CalendarService(tx);
        SectionService sections = new SectionService(tx);
        TeacherService teacherService = new TeacherService(tx);
        TeachingAssignmentService teaching = new TeachingAssignmentService(tx);
        StudentService studentService = new StudentService(tx);
        GuardianService guardians = new GuardianService(tx);
        StudentPhotoService photos = new StudentPhotoService(tx);
        StudentDocumentService documents = new StudentDocumentService(tx);
        EnrolmentService enrolmentService = new EnrolmentService(tx);
        MentorService mentors = new MentorService(tx);
        AttendanceService attendance = new AttendanceService(tx);
        CsvExporter exporter = new CsvExporter(tx);
        PageRequest page = new PageRequest(20, null);
        return List.of(
                new Call("department list", Permission.RECORDS_READ, c -> departments.list(c)),
                new Call("department create", Permission.RECORDS_WRITE,
                        c -> departments.create(c, new NewDepartment("MATH", "Mathematics"))),
                new Call("programme list", Permission.RECORDS_READ,
                        c -> programmes.listByDepartment(c, f.departmentId)),
                new Call("programme create", Permission.RECORDS_WRITE, c -> programmes.create(c, new NewProgramme(
                        f.departmentId, "MSC-CS", "Computing", "MSc", ProgrammeLevel.MASTER, 2, 120))),
                new Call("course list", Permission.RECORDS_READ, c -> courses.list(c, page)),
                new Call("course create", Permission.RECORDS_WRITE, c -> courses.create(c,
                        new NewCourse(f.departmentId, "C2", "Algebra", "Mathematics", new BigDecimal("6")))),
                new Call("calendar list", Permission.RECORDS_READ, c -> calendar.listYears(c)),
                new Call("calendar create", Permission.RECORDS_WRITE, c -> calendar.createYear(c,
                        new NewAcademicYear("2027/28", LocalDate.of(2027, 9, 1), LocalDate.of(2028, 7, 31)))),
                new Call("section list", Permission.RECORDS_READ, c -> sections.listByProgramme(c, f.programmeId)),
                new Call("section create", Permission.RECORDS_WRITE, c -> sections.create(c,
                        new NewSection(f.programmeId, f.yearId, "1B", "Section 1B", 1, 30))),
                new Call("teacher search", Permission.RECORDS_READ, c -> teacherService.search(c, null, page)),
                new Call("teacher create", Permission.RECORDS_WRITE, c -> teacherService.create(c,
                        new NewTeacher("T2", "Bea", "Neri", null, null, null, f.departmentId, null))),
                new Call("teaching list", Permission.RECORDS_READ, c -> teaching.listByTeacher(c, teacher)),
                new Call("teaching assign", Permission.RECORDS_WRITE, c -> teaching.assign(c,
                        new NewTeachingAssignment(teacher, course, f.sectionId, f.termId, TeachingRole.LEAD))),
                new Call("student get", Permission.STUDENT_READ, c -> studentService.get(c, student)),
                new Call("student move", Permission.STUDENT_WRITE,
                        c -> studentService.moveToSection(c, student, 0, null)),
                new Call("student search", Permission.STUDENT_READ,
                        c -> new StudentSearch(tx).search(c, StudentQuery.of(""), page)),
                new Call("guardian list", Permission.STUDENT_READ, c -> guardians.listForStudent(c, student)),
                new Call("guardian add", Permission.STUDENT_WRITE, c -> guardians.add(c, student,
                        new GuardianDetails(0, "Eva", "Rossi", GuardianRelationship.MOTHER, null, "+39 06 1", null,
                                true))),
                new Call("photo get", Permission.STUDENT_READ, c -> photos.getPhoto(c, student)),
                new Call("photo set", Permission.STUDENT_WRITE, c -> photos.setPhoto(c, student, PNG)),
                new Call("document list", Permission.STUDENT_READ, c -> documents.listForStudent(c, student)),
                new Call("document add", Permission.STUDENT_WRITE, c -> documents.add(c, student,
                        new NewStudentDocument(DocumentType.ID_CARD, "Identity card", "id.png", PNG))),
                new Call("enrolment list", Permission.STUDENT_READ, c -> enrolmentService.listByStudent(c, student)),
                new Call("enrolment section list", Permission.STUDENT_READ,
                        c -> enrolmentService.listBySectionAndTerm(c, f.sectionId, f.termId, null, 20)),
                new Call("enrolment enrol", Permission.STUDENT_WRITE, c -> enrolmentService.enrol(c,
                        new NewEnrolment(student, f.programmeId, f.sectionId, f.termId, RecordsFixture.YEAR_START))),
                new Call("mentor list", Permission.STUDENT_READ, c -> mentors.mentorsOf(c, student)),
                new Call("mentor mentees", Permission.STUDENT_READ, c -> mentors.menteesOf(c, teacher, true, null, 20)),
                new Call("mentor assign", Permission.STUDENT_WRITE, c -> mentors.assign(c,
                        new NewMentorAssignment(teacher, student, RecordsFixture.YEAR_START))),
                new Call("attendance open", Permission.ATTENDANCE_WRITE, c -> attendance.openSession(c,
                        new NewAttendanceSession(f.sectionId, f.termId, null, null, DAY, 1, "Intro"))),
                new Call("attendance sessions", Permission.RECORDS_READ,
                        c -> attendance.sessionsOf(c, f.sectionId, f.termId, null, 20)),
                new Call("attendance summary", Permission.STUDENT_READ,
                        c -> attendance.studentSummary(c, student, f.termId)),
                new Call("import students", Permission.STUDENT_IMPORT,
                        c -> new StudentImporter(tx).importFile(c, students, ImportOptions.defaults())),
                new Call("import enrolments", Permission.STUDENT_IMPORT,
                        c -> new EnrolmentImporter(tx).importFile(c, enrolments, ImportOptions.defaults())),
                new Call("import teachers", Permission.RECORDS_WRITE,
                        c -> new TeacherImporter(tx).importFile(c, teachers, ImportOptions.defaults())),
                new Call("export students", Permission.STUDENT_EXPORT,
                        c -> exporter.exportStudents(c, dir.resolve("out.csv"), ExportOptions.defaults())),
                new Call("export teachers", Permission.RECORDS_WRITE,
                        c -> exporter.exportTeachers(c, dir.resolve("out.csv"), ExportOptions.defaults())));
    }

    private static long count(TestDatabase db, CollegeContext college, String table) {
        return db.transactions().inCollege(college, session -> session
                .createNativeQuery("select count(*) from " + table + " where college_id = :college", Long.class)
                .setParameter("college", college.collegeId())
                .getSingleResult());
    }
}
