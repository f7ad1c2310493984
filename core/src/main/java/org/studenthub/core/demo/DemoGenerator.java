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
import org.studenthub.core.db.Vendor;
import org.studenthub.core.security.PasswordHasher;
import org.studenthub.core.security.UserRows;
import org.studenthub.core.tenancy.PlatformContext;

/**
 * Builds realistic, deterministic demo colleges with bulk JDBC: the same {@link DemoOptions}
 * (including the seed) give the same rows, on H2 and on PostgreSQL. Colleges alternate Italian
 * and English. Each college's structure is written in one transaction and its students in
 * chunks of about {@value DemoCollegeRun#CHUNK_STUDENTS} students, several transactions at a time
 * ({@link DemoCollegeRun}); if anything fails, every college the run created is removed again,
 * so no partial college is left behind. Dates follow the current
 * academic year (September to August), so runs on different days may differ in their dates.
 *
 * <p>Each demo college gets one sign-in account per role ({@link DemoAccounts}), all with the published
 * password {@link DemoReport#demoPassword()}; a database that had no account before the run also gets the demo
 * platform administrator {@code platform}. On PostgreSQL every demo account is its own database login
 * ({@link DemoSignIns}), so the run needs the installation administrator there.
 */
public final class DemoGenerator {
    private static final Logger LOG = LoggerFactory.getLogger(DemoGenerator.class);

    private final Database database;
    private final Clock clock;
    private final PasswordHasher hasher;

    public DemoGenerator(Database database) {
        this(database, Clock.systemUTC(), new PasswordHasher());
    }

    DemoGenerator(Database database, Clock clock, PasswordHasher hasher) {
        this.database = Objects.requireNonNull(database, "database");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.hasher = Objects.requireNonNull(hasher, "hasher");
    }

    /**
     * Generates the colleges described by {@code options}, with their demo accounts. Creating colleges
     * needs {@link org.studenthub.core.security.Permission#COLLEGE_MANAGE}.
     *
     * @throws ConflictException with key {@code demo.college.exists} when a college code is
     *                           taken; nothing is written then
     */
    public DemoReport generate(PlatformContext context, DemoOptions options, DemoProgress progress) {
        DemoProgress listener = progress == null ? DemoProgress.NONE : progress;
        long started = System.nanoTime();
        Transactions transactions = database.transactions();
        CollegeService colleges = new CollegeService(transactions);
        for (String code : options.collegeCodes()) {
            if (colleges.findByCode(code).isPresent()) {
                throw new ConflictException("demo.college.exists", code);
            }
        }
        boolean firstAccounts = transactions.jdbcAsPlatform(UserRows::noAccounts);
        DemoSignIns signIns = database.vendor() == Vendor.H2
                ? DemoSignIns.embedded(hasher.hash(DemoAccounts.PASSWORD.toCharArray()))
                : DemoSignIns.postgres(database.postgresRoles());
        LocalDate today = LocalDate.now(clock);
        DemoAccount platformAccount = null;
        List<DemoReport.CollegeResult> results = new ArrayList<>();
        List<CollegeView> created = new ArrayList<>();
        try {
            for (int i = 0; i < options.colleges(); i++) {
                DemoLayout layout = new DemoLayout(i, options.students(), today);
                CollegeView college = colleges.create(context, new NewCollege(options.collegeCode(i),
                        collegeName(layout, i), layout.locale(), layout.timeZone(), layout.creditSystem));
                created.add(college);
                results.add(new DemoCollegeRun(transactions, database.vendor(), layout, college, options.seed(), today,
                        listener, signIns).run());
            }
            if (firstAccounts) {
                platformAccount = transactions.jdbcAsPlatform(c -> DemoAccounts.createPlatformAdmin(c, signIns));
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
        return new DemoReport(results, platformAccount, elapsed);
    }

    private static String collegeName(DemoLayout layout, int index) {
        String[] italian = {"Bologna", "Padova", "Torino", "Napoli", "Firenze", "Milano", "Palermo", "Bari", "Genova", "Perugia"};
        String[] english = {"York", "Leeds", "Bristol", "Norwich", "Exeter", "Durham", "Bath", "Lancaster", "Kent", "Reading"};
        String city = (layout.italian ? italian : english)[(index / 2) % 10];
        return layout.italian ? "Università Demo di " + city : "Demo College of " + city;
    }
}
