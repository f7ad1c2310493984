package org.studenthub.core.demo;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.studenthub.core.achievement.AchievementDraft;
import org.studenthub.core.achievement.AchievementService;
import org.studenthub.core.achievement.AchievementStatus;
import org.studenthub.core.achievement.AchievementView;
import org.studenthub.core.achievement.ApproverKind;
import org.studenthub.core.achievement.DecisionCommand;
import org.studenthub.core.achievement.DecisionKind;
import org.studenthub.core.achievement.DecisionService;
import org.studenthub.core.achievement.EventService;
import org.studenthub.core.achievement.EvidenceService;
import org.studenthub.core.achievement.evidence.EvidenceLimits;
import org.studenthub.core.achievement.EventView;
import org.studenthub.core.achievement.Level;
import org.studenthub.core.achievement.NewEvent;
import org.studenthub.core.db.Transactions;
import org.studenthub.core.security.Access;
import org.studenthub.core.security.Permission;
import org.studenthub.core.security.Role;
import org.studenthub.core.security.Scope;
import org.studenthub.core.tenancy.CollegeContext;

/**
 * Achievements in every state for the students of the demo student's section, taken through the real
 * services by the demo accounts: the registrar records them (the demo student records their own), and the
 * demo mentor, faculty member, head of department, principal and student organiser decide the steps that
 * wait for them. Signing in as any of them shows a queue, an inbox and a history that fit together.
 */
final class DemoAchievements {
    /** Students of the section that get achievements. */
    static final int STUDENTS = 24;

    private static final AchievementStatus[] TARGETS = {AchievementStatus.APPROVED, AchievementStatus.SUBMITTED,
        AchievementStatus.IN_REVIEW, AchievementStatus.DRAFT, AchievementStatus.APPROVED, AchievementStatus.RETURNED,
        AchievementStatus.REJECTED, AchievementStatus.REVOKED, AchievementStatus.WITHDRAWN};
    private static final String[][] MENTORED = {
        {"technical", "Open-source contribution to a robotics library"},
        {"certification", "Cloud practitioner certificate"},
        {"volunteering", "Weekend tutoring at the city library"},
        {"leadership", "Class representative for the year"},
        {"competition", "Regional programming contest, second place"}};
    private static final String[][] BY_SECTION = {
        {"academic", "Best project of the software engineering course"},
        {"publication", "Poster at the student research symposium"},
        {"internship", "Summer internship at a local software company"}};

    private final Transactions transactions;
    private final long collegeId;
    private final LocalDate today;
    private final Map<Role, CollegeContext> people = new EnumMap<>(Role.class);
    private final Map<ApproverKind, Role> deciders = Map.of(ApproverKind.MENTOR, Role.MENTOR,
            ApproverKind.SECTION_FACULTY, Role.FACULTY, ApproverKind.HEAD_OF_DEPARTMENT, Role.HEAD_OF_DEPARTMENT,
            ApproverKind.PRINCIPAL, Role.PRINCIPAL, ApproverKind.EVENT_ORGANISER, Role.STUDENT_ORGANISER);
    private long demoMentorTeacher;

    DemoAchievements(Transactions transactions, long collegeId, LocalDate today) {
        this.transactions = transactions;
        this.collegeId = collegeId;
        this.today = today;
    }

    /** Writes the achievements; returns how many. */
    int write(List<DemoAccount> accounts) {
        CollegeContext system = CollegeContext.system(collegeId, "demo");
        Map<String, long[]> users = transactions.jdbcInCollege(system, c -> {
            Map<String, long[]> found = new HashMap<>();
            try (PreparedStatement select = c.prepareStatement("SELECT login, id, COALESCE(student_id, 0),"
                    + " COALESCE(teacher_id, 0) FROM app_user WHERE college_id = ?")) {
                select.setLong(1, collegeId);
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        found.put(rs.getString(1), new long[] {rs.getLong(2), rs.getLong(3), rs.getLong(4)});
                    }
                }
            }
            return found;
        });
        for (DemoAccount account : accounts) {
            long[] user = users.get(account.login());
            people.put(account.role(), person(account, user));
        }
        demoMentorTeacher = people.get(Role.MENTOR).access().teacherId().orElse(-1L);
        List<long[]> students = classmates(system);
        EventView contest = new EventService(transactions).create(people.get(Role.REGISTRAR), new NewEvent(
                "Regional programming contest", today.minusDays(40), today.minusDays(39),
                login(accounts, Role.STUDENT_ORGANISER)));
        int written = 0;
        for (int i = 0; i < students.size(); i++) {
            long student = students.get(i)[0];
            boolean mentored = students.get(i)[1] == demoMentorTeacher;
            String[] plan = mentored ? MENTORED[i % MENTORED.length] : BY_SECTION[i % BY_SECTION.length];
            CollegeContext submitter = i == 0 ? people.get(Role.STUDENT) : people.get(Role.REGISTRAR);
            Long event = "competition".equals(plan[0]) ? contest.id() : null;
            AchievementView draft = new AchievementService(transactions).saveDraft(submitter, new AchievementDraft(student,
                    plan[0], Level.values()[i % Level.values().length], plan[1], null, null, event,
                    today.minusDays(10 + 3L * i), null, null));
            new EvidenceService(transactions, EvidenceLimits.DEFAULTS).attach(submitter, draft.id(), "certificate.pdf",
                    DemoCertificate.pdf(plan[1], draft.studentName()));
            draft = new AchievementService(transactions).show(submitter, draft.id()).achievement();
            drive(submitter, draft, TARGETS[i % TARGETS.length]);
            written++;
        }
        return written;
    }

    /** Takes a draft to its target state with the decisions people would have taken. */
    private void drive(CollegeContext submitter, AchievementView draft, AchievementStatus target) {
        if (target == AchievementStatus.DRAFT) {
            return;
        }
        AchievementView current = decide(submitter, draft, DecisionKind.SUBMIT, null);
        switch (target) {
            case IN_REVIEW -> {
                if (current.stepCount() > current.step()) {
                    decide(approver(current), current, DecisionKind.APPROVE, "Looks right to me");
                }
            }
            case APPROVED, REVOKED -> {
                while (current.status().waiting()) {
                    current = decide(approver(current), current, DecisionKind.APPROVE, null);
                }
                if (target == AchievementStatus.REVOKED) {
                    decide(people.get(Role.PRINCIPAL), current, DecisionKind.REVOKE,
                            "The organiser withdrew the certificate");
                }
            }
            case REJECTED -> decide(approver(current), current, DecisionKind.REJECT, "This belongs to another category");
            case RETURNED -> decide(approver(current), current, DecisionKind.RETURN, "Please attach the certificate");
            case WITHDRAWN -> decide(submitter, current, DecisionKind.WITHDRAW, null);
            default -> { }
        }
    }

    private AchievementView decide(CollegeContext who, AchievementView on, DecisionKind kind, String comment) {
        new DecisionService(transactions).decide(who, DecisionCommand.now(on.id(), kind, comment, on.version()));
        return new AchievementService(transactions).show(people.get(Role.PRINCIPAL), on.id()).achievement();
    }

    private CollegeContext approver(AchievementView waiting) {
        return people.get(deciders.get(waiting.waitingFor()));
    }

    /**
     * Up to {@link #STUDENTS} students the demo approvers reach, with their active mentor's teacher id: the demo
     * student's department, in the demo student's section or mentored by the demo mentor, the section first.
     */
    private List<long[]> classmates(CollegeContext system) {
        long self = people.get(Role.STUDENT).access().studentId().orElseThrow();
        return transactions.jdbcInCollege(system, c -> {
            List<long[]> rows = new ArrayList<>();
            try (PreparedStatement select = c.prepareStatement("SELECT s.id, COALESCE(m.teacher_id, 0) FROM student s"
                    + " JOIN programme p ON p.college_id = s.college_id AND p.id = s.programme_id"
                    + " JOIN student me ON me.college_id = s.college_id AND me.id = ?"
                    + " JOIN programme mp ON mp.college_id = me.college_id AND mp.id = me.programme_id"
                    + " LEFT JOIN mentor_assignment m ON m.college_id = s.college_id AND m.student_id = s.id"
                    + "  AND m.status = 'ACTIVE'"
                    + " WHERE s.college_id = ? AND p.department_id = mp.department_id"
                    + "  AND (s.section_id = me.section_id OR m.teacher_id = ?)"
                    + " ORDER BY CASE WHEN s.id = me.id THEN 0 WHEN s.section_id = me.section_id THEN 1 ELSE 2 END,"
                    + " s.student_number FETCH FIRST " + STUDENTS + " ROWS ONLY")) {
                select.setLong(1, self);
                select.setLong(2, collegeId);
                select.setLong(3, demoMentorTeacher);
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        rows.add(new long[] {rs.getLong(1), rs.getLong(2)});
                    }
                }
            }
            return rows;
        });
    }

    /** A demo account acting with what its role gives, at the account's scope, as it would after signing in. */
    private CollegeContext person(DemoAccount account, long[] user) {
        Map<Permission, Set<Scope>> scopes = new EnumMap<>(Permission.class);
        Set<Scope> at = Set.of(account.scope());
        scopes.put(Permission.RECORDS_READ, Set.of(Scope.COLLEGE));
        scopes.put(Permission.STUDENT_READ, at);
        switch (account.role()) {
            case REGISTRAR -> {
                scopes.put(Permission.ACHIEVEMENT_SUBMIT, at);
                scopes.put(Permission.RECORDS_WRITE, at);
            }
            case STUDENT -> scopes.put(Permission.ACHIEVEMENT_SUBMIT, at);
            case MENTOR, FACULTY, STUDENT_ORGANISER -> scopes.put(Permission.ACHIEVEMENT_APPROVE, at);
            case HEAD_OF_DEPARTMENT, PRINCIPAL -> {
                scopes.put(Permission.ACHIEVEMENT_APPROVE, at);
                scopes.put(Permission.ACHIEVEMENT_REVOKE, at);
            }
            default -> { }
        }
        if (account.role() == Role.STUDENT_ORGANISER) {
            scopes.remove(Permission.STUDENT_READ);
        }
        Long student = user[1] == 0 ? null : user[1];
        Long teacher = user[2] == 0 ? null : user[2];
        return new CollegeContext(collegeId, account.login(), Access.of(scopes, user[0], student, teacher));
    }

    private static String login(List<DemoAccount> accounts, Role role) {
        return accounts.stream().filter(a -> a.role() == role).findFirst().orElseThrow().login();
    }
}
