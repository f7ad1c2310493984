package org.studenthub.reporting.report;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import org.studenthub.core.achievement.AchievementDraft;
import org.studenthub.core.achievement.AchievementService;
import org.studenthub.core.achievement.AchievementView;
import org.studenthub.core.achievement.DecisionCommand;
import org.studenthub.core.achievement.DecisionKind;
import org.studenthub.core.achievement.DecisionResult;
import org.studenthub.core.achievement.DecisionService;
import org.studenthub.core.achievement.EvidenceService;
import org.studenthub.core.achievement.Level;
import org.studenthub.core.achievement.evidence.EvidenceLimits;
import org.studenthub.core.demo.DemoCertificate;
import org.studenthub.core.enrolment.RecordsFixture;
import org.studenthub.core.mentor.MentorService;
import org.studenthub.core.mentor.NewMentorAssignment;
import org.studenthub.core.security.Access;
import org.studenthub.core.security.Permission;
import org.studenthub.core.security.Scope;
import org.studenthub.core.student.NewStudent;
import org.studenthub.core.student.StudentService;
import org.studenthub.core.testing.TestDatabase;
import org.studenthub.core.tenancy.CollegeContext;

/**
 * A college with two departments (CS and MATH), a programme and a section in each, students created through
 * the student service, and the people who act on them, each an account acting with their role's permissions at
 * their role's scope. Achievements are submitted and approved through the achievement services, in the category
 * {@code certification} (one step: the student's mentor), each with a certificate.
 */
final class ReportFixture {
    static final LocalDate DAY = LocalDate.now().minusDays(10);

    final TestDatabase db;
    final CollegeContext college;
    final RecordsFixture records;
    final long mathDepartment;
    final long mathProgramme;
    final long mathSection;
    final long mentorTeacher;
    final CollegeContext mentor;
    final CollegeContext coordinator;
    final CollegeContext registrar;
    private final StudentService students;
    private final AchievementService achievements;
    private final DecisionService decisions;
    private final EvidenceService evidence;
    private int created;

    ReportFixture(TestDatabase db) {
        this.db = db;
        this.college = db.newCollege();
        this.records = new RecordsFixture(db, college);
        this.mathDepartment = records.department("MATH");
        this.mathProgramme = records.programme("BSC-MATH", mathDepartment);
        this.mathSection = records.section("2B", mathProgramme);
        this.mentorTeacher = records.teacher("T1");
        this.students = new StudentService(db.transactions());
        this.achievements = new AchievementService(db.transactions());
        this.decisions = new DecisionService(db.transactions());
        this.evidence = new EvidenceService(db.transactions(), EvidenceLimits.DEFAULTS);
        this.mentor = person("mentor", null, mentorTeacher, Scope.ASSIGNED, Permission.RECORDS_READ,
                Permission.STUDENT_READ, Permission.ACHIEVEMENT_SUBMIT, Permission.ACHIEVEMENT_APPROVE);
        this.coordinator = person("coordinator", null, null, Scope.COLLEGE, Permission.RECORDS_READ,
                Permission.STUDENT_READ, Permission.REPORT_ACCREDITATION);
        this.registrar = person("registrar", null, null, Scope.COLLEGE, Permission.RECORDS_READ,
                Permission.RECORDS_WRITE, Permission.STUDENT_READ, Permission.STUDENT_WRITE);
    }

    /** A student created through the student service, mentored by the fixture's mentor; returns its id. */
    long student(String number, String family, String given, long programme, Long section) {
        long id = students.create(registrar, new NewStudent(number, given, family, null, LocalDate.of(2004, 3, 2),
                number.toLowerCase() + "@students.example", "+39 333 000 " + number.substring(1), null, "Roma",
                null, "IT", RecordsFixture.YEAR_START, programme, section)).id();
        new MentorService(db.transactions()).assign(college,
                new NewMentorAssignment(mentorTeacher, id, RecordsFixture.YEAR_START));
        return id;
    }

    /** The student's own context (SELF scope), as a student account has. */
    CollegeContext self(long studentId) {
        return person("self" + studentId, studentId, null, Scope.SELF, Permission.RECORDS_READ,
                Permission.STUDENT_READ, Permission.ACHIEVEMENT_SUBMIT);
    }

    /** An achievement of {@code level}, submitted by the student and approved by the mentor (certification). */
    AchievementView approved(long studentId, Level level, String title) {
        CollegeContext owner = self(studentId);
        AchievementView draft = achievements.saveDraft(owner, new AchievementDraft(studentId, "certification", level,
                title, "A course with an exam", "Open University", null, DAY, null, null));
        evidence.attach(owner, draft.id(), "certificate.pdf", DemoCertificate.pdf(title, "S" + studentId));
        long version = achievements.show(owner, draft.id()).achievement().version();
        DecisionResult submitted = decisions.decide(owner,
                DecisionCommand.now(draft.id(), DecisionKind.SUBMIT, null, version));
        decisions.decide(mentor, DecisionCommand.now(submitted.achievementId(), DecisionKind.APPROVE, null,
                submitted.version()));
        return achievements.show(mentor, draft.id()).achievement();
    }

    /** An account in the college acting with {@code permissions} at {@code scope} (records.read college-wide). */
    CollegeContext person(String login, Long studentRecord, Long teacherRecord, Scope scope, Permission... permissions) {
        long userId = insertUser(login + "." + college.collegeId() + "." + (++created), studentRecord, teacherRecord);
        Map<Permission, Set<Scope>> scopes = new EnumMap<>(Permission.class);
        for (Permission permission : permissions) {
            scopes.put(permission, Set.of(permission == Permission.RECORDS_READ ? Scope.COLLEGE : scope));
        }
        return new CollegeContext(college.collegeId(), login, Access.of(scopes, userId, studentRecord, teacherRecord));
    }

    long count(String sql, Object... values) {
        try (Connection c = db.database().dataSource().getConnection(); PreparedStatement select = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                select.setObject(i + 1, values[i]);
            }
            try (ResultSet rs = select.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private long insertUser(String login, Long studentRecord, Long teacherRecord) {
        try (Connection c = db.database().dataSource().getConnection();
             PreparedStatement insert = c.prepareStatement("INSERT INTO app_user (college_id, login, display_name,"
                     + " student_id, teacher_id) VALUES (?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            insert.setLong(1, college.collegeId());
            insert.setString(2, login);
            insert.setString(3, "Person " + login);
            insert.setObject(4, studentRecord, java.sql.Types.BIGINT);
            insert.setObject(5, teacherRecord, java.sql.Types.BIGINT);
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
