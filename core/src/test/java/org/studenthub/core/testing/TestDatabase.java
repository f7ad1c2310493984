package org.studenthub.core.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.studenthub.core.college.CollegeService;
import org.studenthub.core.college.CollegeView;
import org.studenthub.core.college.CreditSystem;
import org.studenthub.core.college.NewCollege;
import org.studenthub.core.db.Database;
import org.studenthub.core.db.Transactions;
import org.studenthub.core.db.Vendor;
import org.studenthub.core.security.Access;
import org.studenthub.core.tenancy.CollegeContext;
import org.studenthub.core.tenancy.PlatformContext;

/** A fresh, migrated database for one test, removed afterwards. */
public final class TestDatabase implements AutoCloseable {
    private static final AtomicInteger COLLEGES = new AtomicInteger();

    private final Database database;
    private final Path h2Folder;
    private final Runnable dropper;

    TestDatabase(Database database, Path h2Folder, Runnable dropper) {
        this.database = database;
        this.h2Folder = h2Folder;
        this.dropper = dropper;
    }

    public Database database() {
        return database;
    }

    public Transactions transactions() {
        return database.transactions();
    }

    public Vendor vendor() {
        return database.vendor();
    }

    /** Creates a college and returns a context acting in it as {@code tester}. */
    public CollegeContext newCollege(String code) {
        CollegeView college = new CollegeService(transactions())
                .create(PlatformContext.system("tester"), new NewCollege(code, "College " + code, "en", "Europe/Rome", CreditSystem.ECTS));
        return CollegeContext.system(college.id(), "tester");
    }

    /**
     * A context in {@code college}'s college for a caller named {@code "limited"} holding exactly
     * {@code access} (build it with {@link Access#of} or {@link TestAccess}); sign-in is not involved.
     */
    public static CollegeContext contextWith(CollegeContext college, Access access) {
        return new CollegeContext(college.collegeId(), "limited", access);
    }

    /** Creates a college with a generated code. */
    public CollegeContext newCollege() {
        return newCollege("TC" + COLLEGES.incrementAndGet());
    }

    @Override
    public void close() {
        database.close();
        if (dropper != null) {
            dropper.run();
        }
        if (h2Folder != null) {
            try (Stream<Path> files = Files.walk(h2Folder)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException ignored) {
                // a leftover temp folder is harmless
            }
        }
    }
}
