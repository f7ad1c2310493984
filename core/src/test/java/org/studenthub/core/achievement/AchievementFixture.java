package org.studenthub.core.achievement;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.studenthub.core.achievement.evidence.EvidenceLimits;
import org.studenthub.core.demo.DemoCertificate;
import org.studenthub.core.enrolment.RecordsFixture;
import org.studenthub.core.mentor.MentorService;
import org.studenthub.core.mentor.NewMentorAssignment;
import org.studenthub.core.security.Access;
import org.studenthub.core.security.Permission;
import org.studenthub.core.security.Scope;
import org.studenthub.core.testing.TestDatabase;
import org.studenthub.core.tenancy.CollegeContext;

/**
 * A college with one department, section, student, mentor and the people of an approval chain, each an
 * account (app_user row) acting with the permissions their role gives, at their role's scope.
 */
final class AchievementFixture {
    final TestDatabase db;
    final CollegeContext college;
    final RecordsFixture records;
    final long studentId;
    final long mentorTeacherId;
    final CollegeContext student;
    final CollegeContext mentor;
    final CollegeContext head;
    final CollegeContext faculty;
    final CollegeContext principal;
    final CollegeContext registrar;
    final AchievementService achievements;
    final DecisionService decisions;
    final EvidenceService evidence;

    AchievementFixture(TestDatabase db) {
        this.db = db;
        this.college = db.newCollege();
        this.records = new RecordsFixture(db, college);
        this.studentId = records.student("S001", records.programmeId, records.sectionId);
        this.mentorTeacherId = records.teacher("T1");
        new MentorService(db.transactions()).assign(college,
                new NewMentorAssignment(mentorTeacherId, studentId, RecordsFixture.YEAR_START));
        this.student = person("s001", studentId, null, Scope.SELF,
                Permission.RECORDS_READ, Permission.STUDENT_READ, Permission.ACHIEVEMENT_SUBMIT);
        this.mentor = person("mentor", null, mentorTeacherId, Scope.ASSIGNED,
                Permission.RECORDS_READ, Permission.STUDENT_READ, Permission.ACHIEVEMENT_SUBMIT,
                Permission.ACHIEVEMENT_APPROVE);
        this.head = person("head", null, records.teacher("T2"), Scope.department(records.departmentId),
                Permission.RECORDS_READ, Permission.STUDENT_READ, Permission.ACHIEVEMENT_APPROVE,
                Permission.ACHIEVEMENT_REVOKE);
        this.faculty = person("faculty", null, records.teacher("T3"), Scope.section(records.sectionId),
                Permission.RECORDS_READ, Permission.STUDENT_READ, Permission.ACHIEVEMENT_SUBMIT,
                Permission.ACHIEVEMENT_APPROVE);
        this.principal = person("principal", null, null, Scope.COLLEGE, Permission.RECORDS_READ,
                Permission.STUDENT_READ, Permission.ACHIEVEMENT_APPROVE, Permission.ACHIEVEMENT_REVOKE);
        this.registrar = person("registrar", null, null, Scope.COLLEGE, Permission.RECORDS_READ,
                Permission.RECORDS_WRITE, Permission.STUDENT_READ, Permission.ACHIEVEMENT_SUBMIT);
        this.achievements = new AchievementService(db.transactions());
        this.decisions = new DecisionService(db.transactions());
        this.evidence = new EvidenceService(db.transactions(), EvidenceLimits.DEFAULTS);
    }

    /** An account in the college, acting with {@code permissions} at {@code scope}. */
    CollegeContext person(String login, Long studentRecord, Long teacherRecord, Scope scope, Permission... permissions) {
        long userId = insertUser(login + "." + college.collegeId(), studentRecord, teacherRecord);
        Map<Permission, Set<Scope>> scopes = new EnumMap<>(Permission.class);
        for (Permission permission : permissions) {
            scopes.put(permission, Set.of(permission == Permission.RECORDS_READ ? Scope.COLLEGE : scope));
        }
        return new CollegeContext(college.collegeId(), login, Access.of(scopes, userId, studentRecord, teacherRecord));
    }

    /** A draft of {@code category} at {@code level} for the fixture's student, saved by the student with a certificate. */
    AchievementView draft(String category, Level level) {
        return withCertificate(student, achievements.saveDraft(student, new AchievementDraft(studentId, category, level,
                "Hackathon winner", "First place of 40 teams", "City of Rome", null, LocalDate.now().minusDays(10), null,
                "https://example.org/results")));
    }

    /** Attaches a certificate PDF as {@code who}; returns the achievement as it is now. */
    AchievementView withCertificate(CollegeContext who, AchievementView draft) {
        evidence.attach(who, draft.id(), "certificate.pdf", DemoCertificate.pdf(draft.title(), "S001"));
        return achievements.show(who, draft.id()).achievement();
    }

    /** A draft submitted by the student; returns the decision's result. */
    DecisionResult submitted(String category, Level level) {
        AchievementView draft = draft(category, level);
        return decisions.decide(student, DecisionCommand.now(draft.id(), DecisionKind.SUBMIT, null, draft.version()));
    }

    DecisionResult decide(CollegeContext who, DecisionResult on, DecisionKind kind, String comment) {
        return decisions.decide(who, DecisionCommand.now(on.achievementId(), kind, comment, on.version()));
    }

    /** How many notifications of {@code kind} went to {@code recipient}. */
    long notifications(String recipient, String kind) {
        return count("SELECT COUNT(*) FROM notification WHERE college_id = ? AND recipient = ? AND kind = ?",
                college.collegeId(), recipient, kind);
    }

    long count(String sql, Object... values) {
        try (Connection c = dataSource().getConnection(); PreparedStatement select = c.prepareStatement(sql)) {
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

    DataSource dataSource() {
        return db.database().dataSource();
    }

    private long insertUser(String login, Long studentRecord, Long teacherRecord) {
        try (Connection c = dataSource().getConnection();
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
