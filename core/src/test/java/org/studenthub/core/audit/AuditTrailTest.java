package org.studenthub.core.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.studenthub.core.audit.AuditFixtures.rows;
import static org.studenthub.core.audit.AuditFixtures.verify;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.io.TempDir;
import org.studenthub.core.college.CollegeService;
import org.studenthub.core.demo.DemoGenerator;
import org.studenthub.core.demo.DemoOptions;
import org.studenthub.core.demo.DemoProgress;
import org.studenthub.core.department.DepartmentChanges;
import org.studenthub.core.department.DepartmentService;
import org.studenthub.core.department.DepartmentView;
import org.studenthub.core.department.NewDepartment;
import org.studenthub.core.security.Access;
import org.studenthub.core.security.AccessDeniedException;
import org.studenthub.core.security.Permission;
import org.studenthub.core.student.StudentFixtures;
import org.studenthub.core.student.StudentPhotoService;
import org.studenthub.core.student.StudentService;
import org.studenthub.core.student.StudentView;
import org.studenthub.core.tenancy.CollegeContext;
import org.studenthub.core.testing.DatabaseTest;
import org.studenthub.core.testing.TestDatabase;
import org.studenthub.core.transfer.CsvExporter;
import org.studenthub.core.transfer.ExportOptions;
import org.studenthub.core.transfer.ImportOptions;
import org.studenthub.core.transfer.StudentImporter;

/** What the audit trail records, on both databases, and who may read it. */
class AuditTrailTest {
    @TempDir
    Path folder;

    @DatabaseTest
    void insertAndUpdateAreAuditedWithOnlyTheChangedFieldsBeforeAndAfter(TestDatabase db) {
        CollegeContext college = db.newCollege();
        DepartmentService departments = new DepartmentService(db.transactions());

        DepartmentView created = departments.create(college, new NewDepartment("MATH", "Mathematics"));
        departments.update(college, created.id(), new DepartmentChanges(created.version(), "Pure Mathematics", null));

        List<AuditEventView> trail = rows(db, college).stream().filter(e -> e.table().equals("department")).toList();
        assertThat(trail).extracting(AuditEventView::action, AuditEventView::rowId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(AuditAction.INSERT, created.id()),
                        org.assertj.core.groups.Tuple.tuple(AuditAction.UPDATE, created.id()));
        assertThat(json(trail.get(0).changes())).isEqualTo(Map.of("after",
                Map.of("code", "MATH", "name", "Mathematics", "status", "ACTIVE")));
        assertThat(json(trail.get(1).changes())).isEqualTo(Map.of("before", Map.of("name", "Mathematics"),
                "after", Map.of("name", "Pure Mathematics")));
        assertThat(trail.get(1).actor()).isNotBlank();
        assertThat(trail.get(1).device()).isNotBlank();
        assertThat(verify(db, college).intact()).isTrue();
    }

    @DatabaseTest
    void creatingACollegeStartsItsOwnChain(TestDatabase db) {
        CollegeContext college = db.newCollege();

        List<AuditEventView> trail = rows(db, college);

        assertThat(trail.get(0).seq()).isEqualTo(1);
        assertThat(trail.get(0).table()).isEqualTo("college");
        assertThat(trail.get(0).rowId()).isEqualTo(college.collegeId());
        assertThat(verify(db, college).intact()).isTrue();
    }

    @DatabaseTest
    void viewingAStudentsProfileAndExportingAreAudited(TestDatabase db) throws Exception {
        CollegeContext college = db.newCollege();
        StudentFixtures.Academic academic = StudentFixtures.academic(db, college);
        StudentService students = new StudentService(db.transactions());
        StudentView student = students.create(college, StudentFixtures.student("S1", "Anna", "Rossi",
                academic.programme()));

        students.get(college, student.id());
        students.getByNumber(college, "S1");
        new CsvExporter(db.transactions()).exportStudents(college, folder.resolve("out.csv"), ExportOptions.defaults());

        List<AuditEventView> reads = rows(db, college).stream()
                .filter(e -> e.action() == AuditAction.VIEW || e.action() == AuditAction.EXPORT).toList();
        assertThat(reads).extracting(AuditEventView::action, AuditEventView::table, AuditEventView::rowId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(AuditAction.VIEW, "student", student.id()),
                        org.assertj.core.groups.Tuple.tuple(AuditAction.VIEW, "student", student.id()),
                        org.assertj.core.groups.Tuple.tuple(AuditAction.EXPORT, "student", null));
        assertThat(json(reads.get(2).changes())).isEqualTo(Map.of("rows", 1, "file", "out.csv"));
        assertThat(verify(db, college).intact()).isTrue();
    }

    @DatabaseTest
    void photoWritesThroughJdbcAreAuditedWithoutTheImage(TestDatabase db) {
        CollegeContext college = db.newCollege();
        StudentFixtures.Academic academic = StudentFixtures.academic(db, college);
        long student = new StudentService(db.transactions()).create(college,
                StudentFixtures.student("S2", "Luca", "Verdi", academic.programme())).id();
        StudentPhotoService photos = new StudentPhotoService(db.transactions());
        byte[] png = new byte[300];
        System.arraycopy(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}, 0, png, 0, 8);

        photos.setPhoto(college, student, png);
        photos.removePhoto(college, student);

        List<AuditEventView> trail = rows(db, college).stream().filter(e -> e.table().equals("student_photo")).toList();
        assertThat(trail).extracting(AuditEventView::action).containsExactly(AuditAction.INSERT, AuditAction.DELETE);
        @SuppressWarnings("unchecked")
        Map<String, Object> after = (Map<String, Object>) json(trail.get(0).changes()).get("after");
        assertThat(after).containsEntry("media_type", "image/png").containsEntry("size_bytes", 300)
                .containsKey("sha256").doesNotContainKey("content");
        assertThat(verify(db, college).intact()).isTrue();
    }

    @DatabaseTest
    void erasingAPayloadKeepsItsDigestAndTheChainIntact(TestDatabase db) {
        CollegeContext college = db.newCollege();
        StudentFixtures.Academic academic = StudentFixtures.academic(db, college);
        StudentView student = new StudentService(db.transactions()).create(college,
                StudentFixtures.student("S3", "Maria", "Neri", academic.programme()));
        AuditTrail trail = new AuditTrail(db.transactions());

        long erased = trail.erase(college, "student", student.id());

        List<AuditEventView> rows = trail.show(college, new AuditQuery("student", student.id(), 10));
        assertThat(erased).isEqualTo(1);
        assertThat(rows).extracting(AuditEventView::changes).containsOnlyNulls();
        assertThat(trail.verify(college).intact()).isTrue();
        assertThat(AuditFixtures.count(db, "SELECT COUNT(*) FROM audit_event WHERE table_name = 'student'"
                + " AND row_id = " + student.id() + " AND payload_sha256 IS NOT NULL")).isEqualTo(1);
    }

    @DatabaseTest
    void readingTheTrailNeedsAuditReadAndErasingNeedsPrivacyErase(TestDatabase db) {
        CollegeContext college = db.newCollege();
        CollegeContext clerk = new CollegeContext(college.collegeId(), "clerk",
                Access.collegeWide(Set.of(Permission.STUDENT_READ)));
        AuditTrail trail = new AuditTrail(db.transactions());

        assertThatThrownBy(() -> trail.verify(clerk)).isInstanceOf(AccessDeniedException.class)
                .hasMessageContaining("audit.read");
        assertThatThrownBy(() -> trail.show(clerk, new AuditQuery(null, null, 10)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> trail.erase(clerk, "student", 1)).isInstanceOf(AccessDeniedException.class)
                .hasMessageContaining("privacy.erase");
    }

    @DatabaseTest
    void showFiltersByTableAndRowNewestFirst(TestDatabase db) {
        CollegeContext college = db.newCollege();
        DepartmentService departments = new DepartmentService(db.transactions());
        DepartmentView math = departments.create(college, new NewDepartment("MATH", "Mathematics"));
        departments.create(college, new NewDepartment("PHYS", "Physics"));
        departments.update(college, math.id(), new DepartmentChanges(math.version(), "Maths", null));

        List<AuditEventView> shown = new AuditTrail(db.transactions())
                .show(college, new AuditQuery("department", math.id(), 10));

        assertThat(shown).extracting(AuditEventView::action).containsExactly(AuditAction.UPDATE, AuditAction.INSERT);
        assertThat(shown.get(0).seq()).isGreaterThan(shown.get(1).seq());
    }

    @DatabaseTest
    void importAuditsEveryInsertedRowAndOnlyTheChangedFieldsOfUpdatedRows(TestDatabase db) throws Exception {
        CollegeContext college = db.newCollege();
        StudentFixtures.academic(db, college);
        StudentImporter importer = new StudentImporter(db.transactions());
        String header = "student_number,given_name,family_name,date_of_birth,email,city,status,admission_date,"
                + "programme,academic_year,section\n";
        String rows = "S10,Anna,Rossi,2004-01-02,a@example.org,Roma,ACTIVE,2024-09-15,P1,2025,S1\n"
                + "S11,Luca,Bianchi,2004-03-04,l@example.org,Roma,ACTIVE,2024-09-15,P1,2025,S1\n"
                + "S12,Sara,Verdi,2004-05-06,s@example.org,Roma,ACTIVE,2024-09-15,P1,2025,S1\n";

        importer.importFile(college, Files.writeString(folder.resolve("a.csv"), header + rows),
                ImportOptions.defaults());
        String moved = rows.replace("l@example.org,Roma", "l@example.org,Milano");
        importer.importFile(college, Files.writeString(folder.resolve("b.csv"), header + moved),
                ImportOptions.defaults());

        List<AuditEventView> students = rows(db, college).stream().filter(e -> e.table().equals("student")).toList();
        assertThat(students).extracting(AuditEventView::action).containsExactly(AuditAction.INSERT,
                AuditAction.INSERT, AuditAction.INSERT, AuditAction.UPDATE);
        assertThat(json(students.get(3).changes())).isEqualTo(Map.of("before", Map.of("city", "Roma"),
                "after", Map.of("city", "Milano")));
        assertThat(json(students.get(0).changes()).get("after")).isInstanceOf(Map.class)
                .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
                .containsEntry("student_number", "S10").containsEntry("date_of_birth", "2004-01-02");
        assertThat(verify(db, college).intact()).isTrue();
    }

    @DatabaseTest
    void demoDataIsAuditedAndItsChainVerifies(TestDatabase db) {
        new DemoGenerator(db.database()).generate(org.studenthub.core.tenancy.PlatformContext.system("tester"),
                new DemoOptions(DemoOptions.MIN_STUDENTS, 1, 7, "AUD"),
                DemoProgress.NONE);
        CollegeContext college = CollegeContext.system(
                new CollegeService(db.transactions()).getByCode("AUD").id(), "tester");

        assertThat(AuditFixtures.count(db, "SELECT COUNT(*) FROM audit_event WHERE college_id = "
                + college.collegeId() + " AND table_name = 'student' AND action = 'INSERT'"))
                .isEqualTo(DemoOptions.MIN_STUDENTS);
        assertThat(AuditFixtures.count(db, "SELECT COUNT(*) FROM audit_event WHERE college_id = "
                + college.collegeId() + " AND table_name = 'attendance_mark'"))
                .isEqualTo(AuditFixtures.count(db, "SELECT COUNT(*) FROM attendance_mark WHERE college_id = "
                        + college.collegeId()));
        assertThat(verify(db, college).intact()).isTrue();
    }

    /** A small JSON reader for the payloads in assertions (objects, strings, integers, null). */
    static Map<String, Object> json(String text) {
        return new MiniJson(text).object();
    }
}
