package org.studenthub.bench;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import org.studenthub.app.dashboard.DashboardViewModel;
import org.studenthub.app.fx.BackgroundTasks;
import org.studenthub.app.session.ConnectionProfile;
import org.studenthub.app.session.Session;
import org.studenthub.app.session.SessionOpener;
import org.studenthub.core.db.Database;
import org.studenthub.core.db.DatabaseLocation;
import org.studenthub.core.db.PostgresRoles;
import org.studenthub.core.db.Vendor;
import org.studenthub.core.demo.DemoGenerator;
import org.studenthub.core.demo.DemoOptions;
import org.studenthub.core.demo.DemoProgress;
import org.studenthub.core.demo.DemoReport;
import org.studenthub.core.security.PasswordHasher;
import org.studenthub.core.tenancy.PlatformContext;

/**
 * Sign-in to a filled dashboard on the embedded database, without the window: what the client does after the
 * person presses Sign in (the database is already open, as the sign-in window warms it up): the Argon2id check,
 * the account's access, then the dashboard's figures. Target <= 1.0 s on H2 (the screen's drawing is not included:
 * a few milliseconds). Baseline: one Argon2id verification alone, the part that is slow on purpose. On a college
 * server see {@link #runPostgres}.
 */
final class ClientSignInBench {
    private static final double TARGET_MS = 1_000;
    private static final double TARGET_POSTGRES_MS = 1_500;

    private ClientSignInBench() {}

    static List<Result> run(Path scratch, int students, int rounds) throws Exception {
        Path folder = Files.createDirectories(scratch).resolve("db");
        try (Database database = Database.open(DatabaseLocation.embedded(folder))) {
            new DemoGenerator(database).generate(PlatformContext.system("bench"), DemoOptions.ofStudents(students),
                    DemoProgress.NONE);
        }
        PasswordHasher hasher = new PasswordHasher();
        String stored = hasher.hash(DemoReport.demoPassword().toCharArray());
        Timings timings = measure(ConnectionProfile.embedded(folder), rounds,
                () -> hasher.verify(DemoReport.demoPassword().toCharArray(), stored));
        return List.of(timings.result(TARGET_MS, "H2", students, String.format(Locale.ROOT, "p50 of %d sign-ins of the"
                + " demo registrar (college of %d students) to the dashboard's figures, database already open, window"
                + " drawing excluded; baseline: one Argon2id verification", rounds, students)));
    }

    /**
     * The same on a college server: connecting with the person's own PostgreSQL login is the sign-in, so each
     * sign-in opens its connection pool, asks the database who the person is and reads the dashboard. Target
     * <= 1.5 s. Baseline: one plain JDBC connection with the same login (password check included) and a SELECT 1.
     */
    static List<Result> runPostgres(BenchDatabases databases, int students, int rounds) throws Exception {
        DatabaseLocation location = databases.fresh(Vendor.POSTGRESQL);
        try (Database database = Database.open(location)) {
            new DemoGenerator(database).generate(PlatformContext.system("bench"), DemoOptions.ofStudents(students),
                    DemoProgress.NONE);
        }
        URI server = URI.create(location.jdbcUrl().substring("jdbc:".length()));
        String name = server.getPath().substring(1);
        Timings timings = measure(ConnectionProfile.server(server.getHost(), server.getPort(), name), rounds, () -> {
            try (Connection c = DriverManager.getConnection(location.jdbcUrl(),
                    PostgresRoles.forDatabase(name).login("registrar.demo"),
                    DemoReport.demoPassword()); Statement s = c.createStatement()) {
                s.execute("SELECT 1");
            }
        });
        return List.of(timings.result(TARGET_POSTGRES_MS, "POSTGRESQL", students, String.format(Locale.ROOT, "p50 of %d"
                + " sign-ins of the demo registrar (college of %d students) with their own PostgreSQL login to the"
                + " dashboard's figures (connection pool, schema check, who-am-I, figures), window drawing excluded;"
                + " baseline: one plain JDBC connection with the same login and a SELECT 1", rounds, students)));
    }

    private static Timings measure(ConnectionProfile profile, int rounds, Baseline baseline) throws Exception {
        double[] signIn = new double[rounds];
        double[] raw = new double[rounds];
        try (SessionOpener opener = new SessionOpener()) {
            opener.warmUp(profile);
            for (int i = -2; i < rounds; i++) {
                long start = System.nanoTime();
                Session session = opener.signIn(profile, "registrar.demo", DemoReport.demoPassword().toCharArray());
                DashboardViewModel dashboard = new DashboardViewModel(session, BackgroundTasks.direct(), Locale.UK);
                dashboard.refresh();
                if (dashboard.figuresProperty().get() == null) {
                    throw new IllegalStateException("the dashboard stayed empty: " + dashboard.messageProperty().get());
                }
                double millis = Stats.millisSince(start);
                if (!profile.embedded()) {
                    session.services().database().close();
                }
                start = System.nanoTime();
                baseline.run();
                double rawMillis = Stats.millisSince(start);
                if (i >= 0) {
                    signIn[i] = millis;
                    raw[i] = rawMillis;
                }
            }
        }
        return new Timings(signIn, raw);
    }

    private interface Baseline {
        void run() throws Exception;
    }

    private record Timings(double[] signIn, double[] raw) {
        Result result(double target, String vendor, int students, String note) {
            return new Result("client_sign_in_to_dashboard_p50_ms", Stats.median(signIn), "ms", Stats.median(raw),
                    target, true, vendor, students, note);
        }
    }
}
