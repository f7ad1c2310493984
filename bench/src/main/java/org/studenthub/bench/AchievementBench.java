package org.studenthub.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.studenthub.core.achievement.AchievementView;
import org.studenthub.core.achievement.ApprovalQueue;
import org.studenthub.core.achievement.BulkDecision;
import org.studenthub.core.achievement.DecisionCommand;
import org.studenthub.core.achievement.DecisionKind;
import org.studenthub.core.achievement.DecisionService;
import org.studenthub.core.achievement.QueueFilter;
import org.studenthub.core.college.CollegeService;
import org.studenthub.core.college.CreditSystem;
import org.studenthub.core.college.NewCollege;
import org.studenthub.core.common.Page;
import org.studenthub.core.common.PageRequest;
import org.studenthub.core.db.Database;
import org.studenthub.core.db.Vendor;
import org.studenthub.core.security.Access;
import org.studenthub.core.security.Permission;
import org.studenthub.core.security.Scope;
import org.studenthub.core.tenancy.CollegeContext;
import org.studenthub.core.tenancy.PlatformContext;

/**
 * The approval workflow at the size of a large college: {@code pending} achievements waiting (category
 * leadership: mentor, then principal), submitted in bulk through the decision service; then the mentors
 * approve some in bulk, the principal decides some one at a time, and both read the first page of what waits
 * for them. Baselines: the raw batched insert of the same decision rows (decisions), one raw decision row
 * inserted in its own transaction (single decision), and the raw indexed queue query (first page). The
 * database login is the installation's (no row-level security); the queue's own cost is what is measured.
 */
final class AchievementBench {
    private static final int TEACHERS = 20;
    private static final int PAGE = 50;

    private final Database database;
    private final Vendor vendor;
    private long college;
    private long userId;

    private AchievementBench(Database database, Vendor vendor) {
        this.database = database;
        this.vendor = vendor;
    }

    static List<Result> run(Database database, Vendor vendor, int pending, int singles) throws Exception {
        return new AchievementBench(database, vendor).measure(pending, singles);
    }

    private List<Result> measure(int pending, int singles) throws Exception {
        college = new CollegeService(database.transactions()).create(PlatformContext.system("bench"),
                new NewCollege("ACHV", "Achievement bench", "en", "Europe/Rome", CreditSystem.ECTS)).id();
        List<Long> drafts = prepare(pending);
        DecisionService decisions = new DecisionService(database.transactions());
        CollegeContext registrar = person(Map.of(Permission.ACHIEVEMENT_SUBMIT, Scope.COLLEGE), null);
        long start = System.nanoTime();
        check(decisions.decideAll(registrar, drafts.stream().map(id -> DecisionCommand.now(id, DecisionKind.SUBMIT,
                null, 0)).toList()));
        double submitMs = Stats.millisSince(start);

        List<Result> results = new ArrayList<>();
        int bulk = Math.min(pending / 5, 10_000);
        double[] bulkTimes = approveByMentors(decisions, bulk);
        double rawBulkMs = rawDecisionInserts(bulk);
        double perSecond = bulk / (bulkTimes[0] / 1000);
        double rawPerSecond = bulk / (rawBulkMs / 1000);
        results.add(new Result("decisions_bulk_per_s", perSecond, "decisions/s", rawPerSecond, 5_000, false,
                vendor.name(), bulk, String.format(java.util.Locale.ROOT, "%d mentor approvals through decideAll"
                        + " (each its own decision row, version check, routing, notification, audit) in batches of 500;"
                        + " bulk submit of %d drafts took %.0f ms; baseline: raw batched INSERT of the same decision rows",
                        bulk, pending, submitMs)));

        CollegeContext principal = person(Map.of(Permission.ACHIEVEMENT_APPROVE, Scope.COLLEGE), null);
        ApprovalQueue queue = new ApprovalQueue(database.transactions());
        results.add(singles("decision_single_stale_statistics_p95_ms", decisions, queue, principal, singles / 2,
                "right after the bulk load, before the database has analysed the new rows"));
        analyse();
        results.add(singles("decision_single_p95_ms", decisions, queue, principal, singles,
                "once the database has analysed the tables (as autovacuum does within minutes of a bulk change)"));

        long waiting = queue.count(principal, QueueFilter.ALL)
                + queue.count(mentor(1), QueueFilter.ALL) * TEACHERS;
        results.add(firstPage("queue_first_page_principal_p95_ms", queue, principal, "PRINCIPAL", 0, waiting));
        results.add(firstPage("queue_first_page_mentor_p95_ms", queue, mentor(7), "MENTOR", teacherId(7), waiting));
        return results;
    }

    /** The principal approves the oldest item of the queue, one decision per transaction, {@code rounds} times. */
    private Result singles(String metric, DecisionService decisions, ApprovalQueue queue, CollegeContext principal,
                           int rounds, String when) throws SQLException {
        double[] single = new double[rounds];
        double[] raw = new double[rounds];
        for (int i = -10; i < rounds; i++) {
            AchievementView next = queue.waitingForMe(principal, QueueFilter.ALL, new PageRequest(1, null)).items().get(0);
            long t = System.nanoTime();
            decisions.decide(principal, DecisionCommand.now(next.id(), DecisionKind.APPROVE, null, next.version()));
            double ms = Stats.millisSince(t);
            double rawMs = rawSingleDecision(next.id());
            if (i >= 0) {
                single[i] = ms;
                raw[i] = rawMs;
            }
        }
        return new Result(metric, Stats.percentile(single, 95), "ms", Stats.percentile(raw, 95), 5, true,
                vendor.name(), rounds, "one principal approval through decide() in its own transaction, " + when
                        + "; baseline: one raw decision row inserted in its own transaction");
    }

    /** What autovacuum does after a bulk change: brings the planner's statistics up to date. */
    private void analyse() throws SQLException {
        try (Connection c = database.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute("ANALYZE");
        }
    }

    private Result firstPage(String metric, ApprovalQueue queue, CollegeContext who, String kind, long route,
                             long waiting) throws SQLException {
        int rounds = 300;
        double[] page = new double[rounds];
        double[] raw = new double[rounds];
        for (int i = -50; i < rounds; i++) {
            long t = System.nanoTime();
            Page<AchievementView> first = queue.waitingForMe(who, QueueFilter.ALL, new PageRequest(PAGE, null));
            double ms = Stats.millisSince(t);
            double rawMs = rawQueue(kind, route);
            if (i >= 0) {
                page[i] = ms;
                raw[i] = rawMs;
            }
            if (first.items().isEmpty()) {
                throw new IllegalStateException("empty queue for " + metric);
            }
        }
        return new Result(metric, Stats.percentile(page, 95), "ms", Stats.percentile(raw, 95), 10, true, vendor.name(),
                waiting, "first page of " + PAGE + " with " + waiting + " achievements pending in the college;"
                        + " baseline: the raw indexed query of the same page (ix_achievement_queue)");
    }

    /** Mentors approve the first {@code count} pending achievements of their mentees, each mentor in one call. */
    private double[] approveByMentors(DecisionService decisions, int count) throws SQLException {
        Map<Long, List<DecisionCommand>> byMentor = new java.util.TreeMap<>();
        try (Connection c = database.dataSource().getConnection();
             PreparedStatement select = c.prepareStatement("SELECT id, route_id, version FROM achievement"
                     + " WHERE college_id = ? AND approver_kind = 'MENTOR' ORDER BY id FETCH FIRST " + count + " ROWS ONLY")) {
            select.setLong(1, college);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    byMentor.computeIfAbsent(rs.getLong(2), k -> new ArrayList<>())
                            .add(DecisionCommand.now(rs.getLong(1), DecisionKind.APPROVE, null, rs.getLong(3)));
                }
            }
        }
        long start = System.nanoTime();
        for (Map.Entry<Long, List<DecisionCommand>> mentor : byMentor.entrySet()) {
            check(decisions.decideAll(mentorByTeacher(mentor.getKey()), mentor.getValue()));
        }
        return new double[] {Stats.millisSince(start)};
    }

    private double rawDecisionInserts(int count) throws SQLException {
        try (Connection c = database.dataSource().getConnection()) {
            c.setAutoCommit(false);
            long start = System.nanoTime();
            try (PreparedStatement insert = c.prepareStatement(rawInsert())) {
                for (int i = 0; i < count; i++) {
                    bindRaw(insert, i % 1000 + 1);
                    insert.addBatch();
                    if ((i + 1) % 500 == 0) {
                        insert.executeBatch();
                    }
                }
                insert.executeBatch();
            }
            c.commit();
            return Stats.millisSince(start);
        }
    }

    private double rawSingleDecision(long achievementId) throws SQLException {
        try (Connection c = database.dataSource().getConnection(); PreparedStatement insert = c.prepareStatement(rawInsert())) {
            long start = System.nanoTime();
            bindRaw(insert, achievementId);
            insert.executeUpdate();
            return Stats.millisSince(start);
        }
    }

    private static String rawInsert() {
        return "INSERT INTO bench_decision (decision_uuid, college_id, achievement_id, student_id, step_no, decision,"
                + " decided_by, decided_at, seen_version, outcome, to_status, to_step) VALUES (?, ?, ?, 1, 1, 'APPROVE',"
                + " 1, ?, 1, 'APPLIED', 'IN_REVIEW', 2)";
    }

    private void bindRaw(PreparedStatement insert, long achievementId) throws SQLException {
        insert.setObject(1, UUID.randomUUID());
        insert.setLong(2, college);
        insert.setLong(3, achievementId);
        insert.setTimestamp(4, Timestamp.from(Instant.now()));
    }

    private double rawQueue(String kind, long route) throws SQLException {
        try (Connection c = database.dataSource().getConnection();
             PreparedStatement select = c.prepareStatement("SELECT id, title, status, version, submitted_at"
                     + " FROM achievement WHERE college_id = ? AND approver_kind = ? AND route_id = ?"
                     + " ORDER BY submitted_at, id FETCH FIRST " + (PAGE + 1) + " ROWS ONLY")) {
            long start = System.nanoTime();
            select.setLong(1, college);
            select.setString(2, kind);
            select.setLong(3, route);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    rs.getLong(1);
                }
            }
            return Stats.millisSince(start);
        }
    }

    /** Students, teachers as mentors, one account, the raw decision table, and {@code pending} drafts. */
    private List<Long> prepare(int pending) throws SQLException {
        int students = Math.max(1_000, pending / 5);
        try (Connection c = database.dataSource().getConnection()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.execute("INSERT INTO department (college_id, code, name) VALUES (" + college + ", 'B', 'Bench')");
                long department = single(s, "SELECT id FROM department WHERE college_id = " + college);
                s.execute("INSERT INTO programme (college_id, department_id, code, name, degree, level, duration_years,"
                        + " credits) VALUES (" + college + ", " + department + ", 'B', 'Bench', 'BSc', 'BACHELOR', 3, 180)");
                s.execute("CREATE TABLE bench_decision AS SELECT * FROM achievement_decision WHERE 1 = 0");
                s.execute("INSERT INTO app_user (college_id, login, display_name) VALUES (" + college
                        + ", 'bench.approver', 'Bench approver')");
                userId = single(s, "SELECT id FROM app_user WHERE login = 'bench.approver'");
            }
            long programme = single(c, "SELECT id FROM programme WHERE college_id = " + college);
            long department = single(c, "SELECT id FROM department WHERE college_id = " + college);
            batch(c, "INSERT INTO teacher (college_id, staff_number, given_name, family_name, name_key, department_id)"
                    + " VALUES (?, ?, 'Ada', ?, ?, ?)", TEACHERS, (p, i) -> {
                        p.setLong(1, college);
                        p.setString(2, "T" + i);
                        p.setString(3, "Teacher" + i);
                        p.setString(4, "teacher" + i + " ada");
                        p.setLong(5, department);
                    });
            batch(c, "INSERT INTO student (college_id, student_number, given_name, family_name, name_key, admission_date,"
                    + " programme_id) VALUES (?, ?, 'Anna', ?, ?, ?, ?)", students, (p, i) -> {
                        p.setLong(1, college);
                        p.setString(2, String.format("B%07d", i));
                        p.setString(3, "Rossi" + i);
                        p.setString(4, "rossi" + i + " anna");
                        p.setObject(5, LocalDate.of(2025, 9, 1));
                        p.setLong(6, programme);
                    });
            try (Statement s = c.createStatement()) {
                s.execute("INSERT INTO mentor_assignment (college_id, teacher_id, student_id, starts_on)"
                        + " SELECT s.college_id, t.id, s.id, DATE '2025-09-01' FROM student s JOIN teacher t"
                        + " ON t.college_id = s.college_id AND t.staff_number = CONCAT('T', MOD(s.id, " + TEACHERS + "))"
                        + " WHERE s.college_id = " + college);
            }
            long category = single(c, "SELECT id FROM achievement_category WHERE college_id = " + college
                    + " AND code = 'leadership'");
            long firstStudent = single(c, "SELECT MIN(id) FROM student WHERE college_id = " + college);
            batch(c, "INSERT INTO achievement (college_id, student_id, category_id, level, title, starts_on)"
                    + " VALUES (?, ?, ?, ?, ?, ?)", pending, (p, i) -> {
                        p.setLong(1, college);
                        p.setLong(2, firstStudent + i % students);
                        p.setLong(3, category);
                        p.setString(4, i % 3 == 0 ? "NATIONAL" : "COLLEGE");
                        p.setString(5, "Leadership " + i);
                        p.setObject(6, LocalDate.of(2026, 3, 1).plusDays(i % 200));
                    });
            c.commit();
            List<Long> ids = new ArrayList<>(pending);
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT id FROM achievement WHERE college_id = " + college + " ORDER BY id")) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
            c.commit();
            return ids;
        }
    }

    private CollegeContext person(Map<Permission, Scope> grants, Long teacher) {
        Map<Permission, Set<Scope>> scopes = new EnumMap<>(Permission.class);
        grants.forEach((permission, scope) -> scopes.put(permission, Set.of(scope)));
        scopes.put(Permission.STUDENT_READ, Set.of(Scope.COLLEGE));
        return new CollegeContext(college, "bench", Access.of(scopes, userId, null, teacher));
    }

    private CollegeContext mentor(int index) throws SQLException {
        return mentorByTeacher(teacherId(index));
    }

    private CollegeContext mentorByTeacher(long teacher) {
        Map<Permission, Set<Scope>> scopes = new EnumMap<>(Permission.class);
        scopes.put(Permission.ACHIEVEMENT_APPROVE, Set.of(Scope.ASSIGNED));
        return new CollegeContext(college, "bench.mentor", Access.of(scopes, userId, null, teacher));
    }

    private long teacherId(int index) throws SQLException {
        try (Connection c = database.dataSource().getConnection()) {
            return single(c, "SELECT id FROM teacher WHERE college_id = " + college + " AND staff_number = 'T" + index + "'");
        }
    }

    private static void check(List<BulkDecision> results) {
        for (BulkDecision result : results) {
            if (result.refused()) {
                throw result.refusal();
            }
        }
    }

    private static long single(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            return single(s, sql);
        }
    }

    private static long single(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private interface Binder {
        void bind(PreparedStatement statement, int index) throws SQLException;
    }

    private static void batch(Connection c, String sql, int rows, Binder binder) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement(sql)) {
            for (int i = 0; i < rows; i++) {
                binder.bind(insert, i);
                insert.addBatch();
                if ((i + 1) % 1000 == 0) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
        }
    }
}
