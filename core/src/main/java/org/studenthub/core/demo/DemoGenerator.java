package org.studenthub.core.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.studenthub.core.college.CollegeService;
import org.studenthub.core.college.CollegeView;
import org.studenthub.core.college.NewCollege;
import org.studenthub.core.common.ConflictException;
import org.studenthub.core.db.Database;
import org.studenthub.core.db.Transactions;
import org.studenthub.core.tenancy.CollegeContext;

/**
 * Builds realistic, deterministic demo colleges with bulk JDBC: the same {@link DemoOptions}
 * (including the seed) give the same rows, on H2 and on PostgreSQL. Colleges alternate Italian
 * and English. Each college's structure is written in one transaction and its students in
 * transactions of about {@value #CHUNK_STUDENTS} students; if anything fails, every college the
 * run created is removed again, so no partial college is left behind. Dates follow the current
 * academic year (September to August), so runs on different days may differ in their dates.
 */
public final class DemoGenerator {
    /** Students written per transaction (whole sections, so a little more). */
    static final int CHUNK_STUDENTS = 50_000;
    private static final Logger LOG = LoggerFactory.getLogger(DemoGenerator.class);

    private final Database database;
    private final Clock clock;

    public DemoGenerator(Database database) {
        this(database, Clock.systemUTC());
    }

    DemoGenerator(Database database, Clock clock) {
        this.database = Objects.requireNonNull(database, "database");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Generates the colleges described by {@code options}.
     *
     * @throws ConflictException with key {@code demo.college.exists} when a college code is
     *                           taken; nothing is written then
     */
    public DemoReport generate(DemoOptions options, DemoProgress progress) {
        DemoProgress listener = progress == null ? DemoProgress.NONE : progress;
        long started = System.nanoTime();
        Transactions transactions = database.transactions();
        CollegeService colleges = new CollegeService(transactions);
        for (String code : options.collegeCodes()) {
            if (colleges.findByCode(code).isPresent()) {
                throw new ConflictException("demo.college.exists", code);
            }
        }
        LocalDate today = LocalDate.now(clock);
        List<DemoReport.CollegeResult> results = new ArrayList<>();
        List<CollegeView> created = new ArrayList<>();
        try {
            for (int i = 0; i < options.colleges(); i++) {
                DemoLayout layout = new DemoLayout(i, options.students(), today);
                CollegeView college = colleges.create(new NewCollege(options.collegeCode(i),
                        collegeName(layout, i), layout.locale(), layout.timeZone(), layout.creditSystem));
                created.add(college);
                results.add(new DemoCollegeRun(transactions, layout, college, options.seed(), today,
                        listener).run());
            }
        } catch (RuntimeException e) {
            LOG.warn("Demo generation failed; removing the {} college(s) it had created", created.size());
            DemoCleanup cleanup = new DemoCleanup(transactions);
            for (CollegeView college : created) {
                cleanup.removeQuietly(college.id(), college.code(), e);
            }
            throw e;
        }
        Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
        LOG.info("Generated {} demo college(s) with {} students each in {} ms", options.colleges(),
                options.students(), elapsed.toMillis());
        return new DemoReport(results, elapsed);
    }

    private static String collegeName(DemoLayout layout, int index) {
        String[] italian = {"Bologna", "Padova", "Torino", "Napoli", "Firenze", "Milano", "Palermo", "Bari", "Genova", "Perugia"};
        String[] english = {"York", "Leeds", "Bristol", "Norwich", "Exeter", "Durham", "Bath", "Lancaster", "Kent", "Reading"};
        String city = (layout.italian ? italian : english)[(index / 2) % 10];
        return layout.italian ? "Università Demo di " + city : "Demo College of " + city;
    }

    /** Writes one college: its structure, then its students chunk by chunk. */
    private record DemoCollegeRun(Transactions transactions, DemoLayout layout,
            CollegeView college, long seed, LocalDate today, DemoProgress progress) {

        DemoReport.CollegeResult run() {
            CollegeContext context = new CollegeContext(college.id(), "demo");
            DemoIds ids = new DemoIds(college.id(), layout);
            String phase = college.code() + ": ";
            progress.update(phase + "structure", 0, 1);
            transactions.jdbcInCollege(context, connection -> new DemoStructureWriter(connection, layout, ids, seed).write());
            progress.update(phase + "structure", 1, 1);
            long[] totals = new long[6];
            int from = 0;
            while (from < layout.sections.size()) {
                int to = from;
                long chunk = 0;
                while (to < layout.sections.size() && chunk < CHUNK_STUDENTS) {
                    chunk += layout.sections.get(to++).size();
                }
                int start = from;
                int end = to;
                DemoStudentWriter.Counts counts = transactions.jdbcInCollege(context, connection ->
                        new DemoStudentWriter(connection, layout, ids, seed, college.code(), today).write(start, end));
                add(totals, counts);
                progress.update(phase + "students", totals[0], layout.students);
                from = to;
            }
            return new DemoReport.CollegeResult(college.code(), college.id(), layout.locale(), layout.departments.size(),
                    layout.programmes.size(), layout.programmes.size() * DemoLayout.COURSES_PER_PROGRAMME,
                    layout.sections.size(), layout.teachers, totals[0], totals[1], totals[2], totals[3], totals[4],
                    totals[5]);
        }

        private static void add(long[] totals, DemoStudentWriter.Counts counts) {
            totals[0] += counts.students();
            totals[1] += counts.guardians();
            totals[2] += counts.enrolments();
            totals[3] += counts.mentors();
            totals[4] += counts.sessions();
            totals[5] += counts.marks();
        }
    }
}
