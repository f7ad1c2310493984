package org.studenthub.core.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.studenthub.core.college.CollegeService;
import org.studenthub.core.common.PageRequest;
import org.studenthub.core.student.search.StudentQuery;
import org.studenthub.core.student.search.StudentSearch;
import java.util.EnumSet;
import org.studenthub.core.security.EmbeddedSignIn;
import org.studenthub.core.security.HashParameters;
import org.studenthub.core.security.LockoutPolicy;
import org.studenthub.core.security.PasswordHasher;
import org.studenthub.core.achievement.AchievementStatus;
import org.studenthub.core.security.Role;
import org.studenthub.core.security.ScopeKind;
import org.studenthub.core.tenancy.CollegeContext;
import org.studenthub.core.tenancy.PlatformContext;

import org.studenthub.core.college.CreditSystem;
import org.studenthub.core.common.ConflictException;
import org.studenthub.core.common.ValidationException;
import org.studenthub.core.db.Database;
import org.studenthub.core.testing.DatabaseTest;
import org.studenthub.core.testing.TestDatabase;
import org.studenthub.core.testing.TestDatabases;

class DemoGeneratorTest {
    private static final Clock NOVEMBER = Clock.fixed(Instant.parse("2026-11-20T10:00:00Z"), ZoneOffset.UTC);
    private static final DemoOptions SMALL = new DemoOptions(300, 2, DemoOptions.DEFAULT_SEED, "DEMO");
    private static final PlatformContext DEMO = PlatformContext.system("demo");
    /** Hashing cost is not what these tests are about. */
    private static final PasswordHasher FAST_HASHES = new PasswordHasher(new HashParameters(1024, 1, 1));

    private static DemoReport generate(Database database, DemoOptions options) {
        return new DemoGenerator(database, NOVEMBER, FAST_HASHES).generate(DEMO, options, DemoProgress.NONE);
    }

    @DatabaseTest
    void everyTableHoldsWhatTheOptionsAskForInEachCollege(TestDatabase db) throws Exception {
        DemoReport report = generate(db.database(), SMALL);

        assertThat(report.colleges()).hasSize(2);
        assertThat(report.totalStudents()).isEqualTo(600);
        var colleges = new CollegeService(db.transactions());
        assertThat(colleges.getByCode("DEMO").creditSystem()).isEqualTo(CreditSystem.CFU);
        assertThat(colleges.getByCode("DEMO").defaultLocale()).isEqualTo("it");
        assertThat(colleges.getByCode("DEMO2").defaultLocale()).isEqualTo("en");
        for (DemoReport.CollegeResult college : report.colleges()) {
            DataSource ds = db.database().dataSource();
            long id = college.collegeId();
            assertThat(count(ds, "student", id)).isEqualTo(300);
            assertThat(count(ds, "department", id)).isEqualTo(8);
            assertThat(count(ds, "programme", id)).isEqualTo(college.programmes()).isBetween(16L, 32L);
            assertThat(count(ds, "course", id)).isEqualTo(college.programmes() * 6L);
            assertThat(count(ds, "academic_year", id)).isEqualTo(2);
            assertThat(count(ds, "term", id)).isEqualTo(4);
            assertThat(count(ds, "section", id)).isEqualTo(college.sections());
            assertThat(count(ds, "teacher", id)).isEqualTo(college.teachers()).isGreaterThanOrEqualTo(300 / 20);
            assertThat(count(ds, "teaching_assignment", id)).isEqualTo(college.sections() * 6L);
            assertThat(count(ds, "enrolment", id)).isEqualTo(600).isEqualTo(college.enrolments());
            assertThat(count(ds, "mentor_assignment", id)).isEqualTo(300);
            assertThat(count(ds, "guardian", id)).isEqualTo(college.guardians()).isBetween(60L, 120L);
            assertThat(count(ds, "attendance_session", id)).isEqualTo(college.sections() * 10L);
            assertThat(count(ds, "attendance_mark", id)).isEqualTo(3000).isEqualTo(college.attendanceMarks());
        }
    }

    @DatabaseTest
    void everyStudentHasProgrammeSectionBothCurrentEnrolmentsAndOneActiveMentorOfTheDepartment(TestDatabase db)
            throws Exception {
        generate(db.database(), SMALL);
        DataSource ds = db.database().dataSource();

        assertThat(scalar(ds, "SELECT COUNT(*) FROM student s JOIN section x ON x.college_id = s.college_id"
                + " AND x.id = s.section_id JOIN academic_year y ON y.college_id = x.college_id"
                + " AND y.id = x.academic_year_id WHERE x.programme_id = s.programme_id AND y.status = 'CURRENT'"))
                .isEqualTo(600);
        assertThat(scalar(ds, "SELECT COUNT(*) FROM student s WHERE 2 <> (SELECT COUNT(DISTINCT e.term_id)"
                + " FROM enrolment e JOIN term t ON t.college_id = e.college_id AND t.id = e.term_id"
                + " JOIN academic_year y ON y.college_id = t.college_id AND y.id = t.academic_year_id"
                + " WHERE e.college_id = s.college_id AND e.student_id = s.id AND e.section_id = s.section_id"
                + " AND y.status = 'CURRENT')")).isZero();
        assertThat(scalar(ds, "SELECT COUNT(*) FROM student s WHERE 1 <> (SELECT COUNT(*) FROM mentor_assignment m"
                + " JOIN teacher t ON t.college_id = m.college_id AND t.id = m.teacher_id"
                + " JOIN programme p ON p.college_id = s.college_id AND p.id = s.programme_id"
                + " WHERE m.college_id = s.college_id AND m.student_id = s.id AND m.status = 'ACTIVE'"
                + " AND t.department_id = p.department_id)")).isZero();
        assertThat(scalar(ds, "SELECT COUNT(*) FROM attendance_mark a JOIN attendance_session x"
                + " ON x.college_id = a.college_id AND x.id = a.session_id JOIN student s"
                + " ON s.college_id = a.college_id AND s.id = a.student_id WHERE s.section_id <> x.section_id")).isZero();
        assertThat(scalar(ds, "SELECT COUNT(*) FROM student WHERE date_of_birth > admission_date - 18 * 365"
                + " OR date_of_birth < admission_date - 31 * 366 OR email IS NULL OR phone IS NULL")).isZero();
    }

    @DatabaseTest
    void theSameSeedGivesIdenticalStudentsInAnotherFreshDatabase(TestDatabase db) throws Exception {
        generate(db.database(), SMALL);
        String first = studentHash(db.database().dataSource());
        try (TestDatabase other = TestDatabases.fresh(db.vendor())) {
            generate(other.database(), SMALL);
            assertThat(studentHash(other.database().dataSource())).isEqualTo(first);
        }
        try (TestDatabase reseeded = TestDatabases.fresh(db.vendor())) {
            generate(reseeded.database(), new DemoOptions(300, 2, 7L, "DEMO"));
            assertThat(studentHash(reseeded.database().dataSource())).isNotEqualTo(first);
        }
    }

    @DatabaseTest
    void anExistingCollegeCodeIsRefusedAndNothingIsWritten(TestDatabase db) throws Exception {
        db.newCollege("DEMO2");

        assertThatThrownBy(() -> generate(db.database(), SMALL))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("\"DEMO2\" already exists")
                .hasMessageContaining("Choose another first college code");
        assertThat(new CollegeService(db.transactions()).findByCode("DEMO")).isEmpty();
        assertThat(scalar(db.database().dataSource(), "SELECT COUNT(*) FROM department")).isZero();
    }

    @DatabaseTest
    void aFailureMidwayLeavesNoCollegeBehind(TestDatabase db) throws Exception {
        DemoProgress failingInSecondCollege = (phase, done, total) -> {
            if (phase.equals("DEMO2: students")) {
                throw new IllegalStateException("disk full");
            }
        };

        assertThatThrownBy(() -> new DemoGenerator(db.database(), NOVEMBER, FAST_HASHES)
                .generate(DEMO, SMALL, failingInSecondCollege))
                .hasMessage("disk full");
        assertThat(new CollegeService(db.transactions()).list()).isEmpty();
        DataSource ds = db.database().dataSource();
        for (String table : new String[] {"student", "teacher", "department",
            "attendance_mark", "enrolment", "app_user", "user_grant", "role_permission"}) {
            assertThat(scalar(ds, "SELECT COUNT(*) FROM " + table)).as(table).isZero();
        }
    }

    @DatabaseTest
    void aStepFailingBesideTheStudentsLeavesNoCollegeBehind(TestDatabase db) throws Exception {
        try (Connection c = db.database().dataSource().getConnection(); var statement = c.createStatement()) {
            statement.execute("ALTER TABLE mentor_assignment ADD CONSTRAINT ck_mentor_assignment_never"
                    + " CHECK (starts_on < DATE '1900-01-01')");
        }

        assertThatThrownBy(() -> generate(db.database(), new DemoOptions(12_000, 1, DemoOptions.DEFAULT_SEED, "DEMO")))
                .isInstanceOf(ConflictException.class)
                .satisfies(e -> assertThat(((ConflictException) e).messageKey())
                        .isEqualTo("constraint.ck_mentor_assignment_never"));
        assertThat(new CollegeService(db.transactions()).list()).isEmpty();
        DataSource ds = db.database().dataSource();
        for (String table : new String[] {"student", "guardian", "enrolment", "mentor_assignment", "attendance_mark"}) {
            assertThat(scalar(ds, "SELECT COUNT(*) FROM " + table)).as(table).isZero();
        }
    }

    @DatabaseTest
    void manyStudentsMatchTheSearchForRos(TestDatabase db) throws Exception {
        generate(db.database(), SMALL);

        CollegeContext college = CollegeContext.system(
                new CollegeService(db.transactions()).getByCode("DEMO").id(), "tester");
        assertThat(new StudentSearch(db.transactions())
                .search(college, StudentQuery.of("ros"), new PageRequest(500, null)).items())
                .hasSizeGreaterThanOrEqualTo(30);
        assertThat(scalar(db.database().dataSource(), "SELECT COUNT(*) FROM student WHERE family_name IN"
                + " ('Rossi', 'Rosa', 'De Rosa', 'Rossetti', 'Ambrosio', 'Ross', 'Rose')")).isPositive();
    }

    @Test
    void everyEmbeddedDemoCollegeHasOneAccountPerCollegeRoleWithTheScopeOfThatRole() throws Exception {
        try (TestDatabase db = TestDatabases.freshH2()) {
            DemoReport report = generate(db.database(), SMALL);

            DemoReport.CollegeResult demo2 = report.colleges().get(1);
            assertThat(demo2.accounts()).extracting(DemoAccount::role)
                    .containsExactlyInAnyOrderElementsOf(EnumSet.complementOf(EnumSet.of(Role.PLATFORM_ADMIN)));
            assertThat(demo2.accounts()).extracting(DemoAccount::login).contains("registrar.demo2", "faculty.demo2");
            assertThat(demo2.accounts()).filteredOn(a -> a.role() == Role.FACULTY).singleElement()
                    .satisfies(a -> assertThat(a.scope().kind()).isEqualTo(ScopeKind.SECTION));
            assertThat(report.platformAccount().login()).isEqualTo("platform");
            DataSource ds = db.database().dataSource();
            assertThat(scalar(ds, "SELECT COUNT(*) FROM app_user WHERE student_id IS NOT NULL")).isEqualTo(4);
            assertThat(scalar(ds, "SELECT COUNT(*) FROM app_user WHERE teacher_id IS NOT NULL")).isEqualTo(6);
            assertThat(scalar(ds, "SELECT COUNT(DISTINCT teacher_id) FROM app_user")).isEqualTo(6);
        }
    }

    @Test
    void everyEmbeddedDemoCollegeHasAchievementsInEveryStateWithTheirDecisions() throws Exception {
        try (TestDatabase db = TestDatabases.freshH2()) {
            DemoReport report = generate(db.database(), SMALL);

            DataSource ds = db.database().dataSource();
            for (DemoReport.CollegeResult college : report.colleges()) {
                assertThat(college.achievements()).isEqualTo(scalar(ds,
                        "SELECT COUNT(*) FROM achievement WHERE college_id = " + college.collegeId()));
                for (AchievementStatus status : AchievementStatus.values()) {
                    assertThat(scalar(ds, "SELECT COUNT(*) FROM achievement WHERE status = '" + status
                            + "' AND college_id = " + college.collegeId())).as("%s in %s", status, college.code())
                            .isPositive();
                }
            }
            assertThat(scalar(ds, "SELECT COUNT(*) FROM achievement a WHERE status <> 'DRAFT' AND NOT EXISTS"
                    + " (SELECT 1 FROM achievement_decision d WHERE d.achievement_id = a.id AND d.decision = 'SUBMIT')"))
                    .as("every status change is a decision").isZero();
            assertThat(scalar(ds, "SELECT COUNT(*) FROM achievement WHERE status = 'APPROVED' AND points = 0"))
                    .isZero();
        }
    }

    @Test
    void theDemoRegistrarSignsInWithThePublishedPasswordAndFindsStudents() {
        try (TestDatabase db = TestDatabases.freshH2()) {
            generate(db.database(), new DemoOptions(100, 1, DemoOptions.DEFAULT_SEED, "DEMO"));

            CollegeContext registrar = new EmbeddedSignIn(db.transactions(), FAST_HASHES, LockoutPolicy.DEFAULT,
                    Clock.systemUTC()).signIn("registrar.demo", DemoReport.demoPassword().toCharArray())
                    .collegeContext().orElseThrow();

            assertThat(new StudentSearch(db.transactions())
                    .search(registrar, StudentQuery.of("ros"), new PageRequest(50, null)).items()).isNotEmpty();
        }
    }

    @Test
    void aDatabaseWithAccountsGetsNoDemoPlatformAdministrator() {
        try (TestDatabase db = TestDatabases.freshH2()) {
            generate(db.database(), new DemoOptions(100, 1, DemoOptions.DEFAULT_SEED, "DEMO"));

            DemoReport second = generate(db.database(), new DemoOptions(100, 1, DemoOptions.DEFAULT_SEED, "OTHER"));

            assertThat(second.platformAccount()).isNull();
            assertThat(second.colleges().get(0).accounts()).extracting(DemoAccount::login).contains("admin.other");
        }
    }

    @Test
    void onPostgreSqlEveryDemoAccountIsADatabaseLoginThatSignsInWithThePublishedPassword() throws Exception {
        try (TestDatabase db = TestDatabases.freshPostgres()) {
            DemoReport report = generate(db.database(), new DemoOptions(100, 1, DemoOptions.DEFAULT_SEED, "PGDEMO"));

            assertThat(report.colleges().get(0).accounts()).hasSize(Role.values().length - 1);
            assertThat(report.platformAccount().login()).isEqualTo("platform");
            assertThat(scalar(db.database().dataSource(), "SELECT COUNT(*) FROM app_user a JOIN pg_roles r"
                    + " ON r.rolname = a.db_role WHERE r.rolcanlogin")).isEqualTo(Role.values().length);
            try (Connection registrar = signIn(db, "registrar.pgdemo");
                 Connection student = signIn(db, "student.pgdemo");
                 Connection platform = signIn(db, "platform")) {
                assertThat(scalar(registrar, "SELECT COUNT(*) FROM student")).isEqualTo(100);
                assertThat(scalar(student, "SELECT COUNT(*) FROM student")).isOne();
                assertThatThrownBy(() -> scalar(platform, "SELECT COUNT(*) FROM student"))
                        .isInstanceOfSatisfying(SQLException.class,
                                e -> assertThat(e.getSQLState()).isEqualTo("42501"));
                assertThat(scalar(platform, "SELECT COUNT(*) FROM sh_my_access()"
                        + " WHERE permission_code = 'college.manage'")).isOne();
            }
        }
    }

    @Test
    void aFailedRunOnPostgreSqlDropsTheDemoLoginsItHadMade() throws Exception {
        try (TestDatabase db = TestDatabases.freshPostgres()) {
            DemoProgress failingInSecondCollege = (phase, done, total) -> {
                if (phase.equals("PGFAIL2: students")) {
                    throw new IllegalStateException("disk full");
                }
            };

            assertThatThrownBy(() -> new DemoGenerator(db.database(), NOVEMBER, FAST_HASHES).generate(DEMO,
                    new DemoOptions(100, 2, DemoOptions.DEFAULT_SEED, "PGFAIL"), failingInSecondCollege))
                    .hasMessage("disk full");

            assertThat(scalar(db.database().dataSource(), "SELECT COUNT(*) FROM pg_roles WHERE rolname LIKE '%.pgfail@"
                    + TestDatabases.ROLES.prefix() + "'")).isZero();
        }
    }

    /** A connection signed in as a demo login, the way a person connects with psql or the client. */
    private static Connection signIn(TestDatabase db, String login) throws SQLException {
        return java.sql.DriverManager.getConnection(db.database().location().jdbcUrl(),
                TestDatabases.ROLES.login(login), DemoReport.demoPassword());
    }

    private static long scalar(Connection c, String sql) throws SQLException {
        try (PreparedStatement q = c.prepareStatement(sql); ResultSet r = q.executeQuery()) {
            r.next();
            return r.getLong(1);
        }
    }

    @Test
    void sizesOutsideTheSupportedRangeAreRejected() {
        assertThatThrownBy(() -> new DemoOptions(99, 1, 1L, "DEMO"))
                .isInstanceOf(ValidationException.class).hasMessageContaining("students");
        assertThatThrownBy(() -> new DemoOptions(1_000_001, 1, 1L, "DEMO"))
                .isInstanceOf(ValidationException.class).hasMessageContaining("students");
        assertThatThrownBy(() -> new DemoOptions(100, 21, 1L, "DEMO"))
                .isInstanceOf(ValidationException.class).hasMessageContaining("colleges");
        assertThatThrownBy(() -> new DemoOptions(100, 1, 1L, "x"))
                .isInstanceOf(ValidationException.class).hasMessageContaining("firstCollegeCode");
        assertThat(DemoOptions.ofStudents(100).collegeCodes()).containsExactly("DEMO");
    }

    private static long count(DataSource ds, String table, long collegeId) throws SQLException {
        try (Connection c = ds.getConnection();
                PreparedStatement q = c.prepareStatement("SELECT COUNT(*) FROM " + table + " WHERE college_id = ?")) {
            q.setLong(1, collegeId);
            try (ResultSet r = q.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    private static long scalar(DataSource ds, String sql) throws SQLException {
        try (Connection c = ds.getConnection(); PreparedStatement q = c.prepareStatement(sql);
                ResultSet r = q.executeQuery()) {
            r.next();
            return r.getLong(1);
        }
    }

    /** SHA-256 over every student's content (not ids), in student-number order per college. */
    private static String studentHash(DataSource ds) throws Exception {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        String sql = "SELECT c.code, s.student_number, s.given_name, s.family_name, s.preferred_name, s.name_key,"
                + " s.date_of_birth, s.email, s.phone, s.address_line, s.city, s.postal_code, s.country_code,"
                + " s.status, s.admission_date, p.code, x.code FROM student s JOIN college c ON c.id = s.college_id"
                + " JOIN programme p ON p.college_id = s.college_id AND p.id = s.programme_id"
                + " JOIN section x ON x.college_id = s.college_id AND x.id = s.section_id"
                + " ORDER BY c.code, s.student_number";
        try (Connection c = ds.getConnection(); PreparedStatement q = c.prepareStatement(sql);
                ResultSet r = q.executeQuery()) {
            while (r.next()) {
                for (int i = 1; i <= 17; i++) {
                    digest.update(String.valueOf(r.getString(i)).getBytes(StandardCharsets.UTF_8));
                    digest.update((byte) 0);
                }
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
