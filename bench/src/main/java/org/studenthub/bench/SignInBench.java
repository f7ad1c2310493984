package org.studenthub.bench;

import java.util.ArrayList;
import java.util.List;
import org.studenthub.core.college.CollegeService;
import org.studenthub.core.college.CreditSystem;
import org.studenthub.core.college.NewCollege;
import org.studenthub.core.db.Database;
import org.studenthub.core.db.Vendor;
import org.studenthub.core.security.EmbeddedSignIn;
import org.studenthub.core.security.EmbeddedUserAdministration;
import org.studenthub.core.security.NewUser;
import org.studenthub.core.security.PasswordHasher;
import org.studenthub.core.security.SignInException;
import org.studenthub.core.tenancy.PlatformContext;

/**
 * Embedded sign-in with the production Argon2id parameters: a successful sign-in, a wrong password and an
 * unknown login (which must cost about the same), each beside the raw baseline of one Argon2id
 * verification alone. Target: a sign-in within one second on a 2-core machine.
 */
final class SignInBench {
    private static final String PASSWORD = "a benchmark passphrase";

    private SignInBench() {}

    static List<Result> run(Database database, Vendor vendor, int rounds) {
        PlatformContext platform = PlatformContext.system("bench");
        long collegeId = new CollegeService(database.transactions()).create(platform,
                new NewCollege("SIGNIN", "Sign-in bench", "en", "Europe/Rome", CreditSystem.ECTS)).id();
        new EmbeddedUserAdministration(database.transactions()).createCollegeAdmin(platform, collegeId,
                NewUser.of("bench.admin", "Bench", PASSWORD.toCharArray()));
        EmbeddedSignIn signIn = new EmbeddedSignIn(database.transactions());
        PasswordHasher hasher = new PasswordHasher();
        String stored = hasher.hash(PASSWORD.toCharArray());

        double[] raw = new double[rounds];
        double[] ok = new double[rounds];
        double[] wrong = new double[rounds];
        double[] unknown = new double[rounds];
        for (int i = 0; i < rounds; i++) {
            raw[i] = time(() -> hasher.verify(PASSWORD.toCharArray(), stored));
            ok[i] = time(() -> signIn.signIn("bench.admin", PASSWORD.toCharArray()));
            // one failure per round, reset by the next success: the account never reaches the lockout
            wrong[i] = time(() -> refused(() -> signIn.signIn("bench.admin", "wrong passphrase".toCharArray())));
            unknown[i] = time(() -> refused(() -> signIn.signIn("nobody.here", PASSWORD.toCharArray())));
        }
        double baseline = Stats.median(raw);
        String params = "argon2id " + hasher.parameters();
        List<Result> results = new ArrayList<>();
        results.add(new Result("sign_in_ms", Stats.median(ok), "ms", baseline, 1000, true, vendor.name(), rounds,
                params + "; baseline: one raw verification"));
        results.add(new Result("sign_in_wrong_password_ms", Stats.median(wrong), "ms", baseline, 1000, true,
                vendor.name(), rounds, "refused; should match the unknown login"));
        results.add(new Result("sign_in_unknown_login_ms", Stats.median(unknown), "ms", baseline, 1000, true,
                vendor.name(), rounds, "refused against the dummy hash"));
        return results;
    }

    private static double time(Runnable work) {
        long start = System.nanoTime();
        work.run();
        return Stats.millisSince(start);
    }

    private static void refused(Runnable signIn) {
        try {
            signIn.run();
            throw new IllegalStateException("sign-in should have been refused");
        } catch (SignInException expected) {
            // the point of the measurement
        }
    }
}
