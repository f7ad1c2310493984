package org.studenthub.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import org.studenthub.core.college.CollegeService;
import org.studenthub.core.db.Vendor;
import org.studenthub.core.demo.DemoGenerator;
import org.studenthub.core.demo.DemoOptions;
import org.studenthub.core.demo.DemoProgress;
import org.studenthub.core.tenancy.CollegeContext;
import org.studenthub.core.tenancy.PlatformContext;

/**
 * Runs every benchmark beside its raw baseline and prints one JSON object per line, also written
 * to {@code bench/results/latest.jsonl}. {@code --quick} uses small sizes and finishes in under two
 * minutes; the full run uses the sizes the targets name.
 */
public final class BenchMain {
    private BenchMain() {}

    public static void main(String[] args) throws Exception {
        BenchOptions options = BenchOptions.parse(args);
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        List<Result> results = new ArrayList<>();
        Path scratch = options.scratch() != null ? Files.createDirectories(options.scratch())
                : Files.createTempDirectory("studenthub-bench-");
        if (options.wants("portfolio")) {
            for (Result r : PortfolioBench.run(options.quick() ? 20 : 60)) {
                emit(out, results, r);
            }
        }
        if (options.wants("evidence")) {
            for (Result r : EvidenceBench.run(options.quick() ? 20 : 60)) {
                emit(out, results, r);
            }
        }
        if (options.wants("seal")) {
            for (Result r : SealBench.run(options.quick() ? 20 : 60)) {
                emit(out, results, r);
            }
        }
        if (options.wants("client")) {
            for (Result r : ClientLaunchBench.run(scratch.resolve("client"), options.quick() ? 3 : 7)) {
                emit(out, results, r);
            }
            for (Result r : ClientSignInBench.run(scratch.resolve("client-sign-in"), options.quick() ? 1_000 : 10_000,
                    options.quick() ? 5 : 15)) {
                emit(out, results, r);
            }
            for (Result r : ClientMemoryBench.run(scratch.resolve("client-memory"), 1_000, options.quick() ? 1 : 3)) {
                emit(out, results, r);
            }
        }
        if (options.wants("batch")) {
            for (Result r : BatchBench.run(scratch.resolve("batch"))) {
                emit(out, results, r);
            }
        }
        try (BenchDatabases databases = new BenchDatabases(scratch.resolve("db"), options.pgUrl(), options.pgUser(),
                options.pgPassword())) {
            for (Vendor vendor : Vendor.values()) {
                if (options.wants("migration")) {
                    emit(out, results, MigrationBench.run(databases, vendor, options.quick() ? 3 : 5));
                }
                if (options.wants("data")) {
                    runDataBenches(out, results, databases, vendor, scratch, options);
                }
                if (options.wants("security")) {
                    try (org.studenthub.core.db.Database database =
                            org.studenthub.core.db.Database.open(databases.fresh(vendor))) {
                        for (Result r : SignInBench.run(database, vendor, options.quick() ? 5 : 15)) {
                            emit(out, results, r);
                        }
                    }
                }
                if (options.wants("achievement")) {
                    try (org.studenthub.core.db.Database database =
                                 org.studenthub.core.db.Database.open(databases.fresh(vendor))) {
                        for (Result r : AchievementBench.run(database, vendor, options.quick() ? 5_000 : 50_000,
                                options.quick() ? 50 : 200)) {
                            emit(out, results, r);
                        }
                    }
                }
                if (options.wants("audit") && vendor == Vendor.POSTGRESQL) {
                    try (org.studenthub.core.db.Database database =
                                 org.studenthub.core.db.Database.open(databases.fresh(vendor))) {
                        for (Result r : AuditBench.run(database, options.quick() ? 300 : 2_000,
                                options.quick() ? 10_000 : 100_000)) {
                            emit(out, results, r);
                        }
                    }
                }
                if (options.wants("client") && vendor == Vendor.POSTGRESQL) {
                    for (Result r : ClientSignInBench.runPostgres(databases, options.quick() ? 1_000 : 10_000,
                            options.quick() ? 5 : 15)) {
                        emit(out, results, r);
                    }
                }
                if (options.only().contains("table")) {
                    for (Result r : ClientTableBench.run(databases, vendor, options.quick() ? 2_000 : options.students(),
                            options.quick() ? 10 : 30)) {
                        emit(out, results, r);
                    }
                }
                if (options.only().contains("search")) {
                    runSearchBench(out, results, databases, vendor, options);
                }
            }
        } finally {
            if (options.scratch() == null) {
                deleteTree(scratch);
            }
        }
        writeLatest(options.resultsFile(), results);
        long failed = results.stream().filter(r -> !r.pass()).count();
        System.err.printf("%d benchmark(s), %d below target; results in %s%n", results.size(), failed,
                options.resultsFile());
    }

    /** Demo generation, then import and search on the generated college. */
    private static void runDataBenches(PrintStream out, List<Result> results, BenchDatabases databases, Vendor vendor,
                                       Path scratch, BenchOptions options) throws Exception {
        int students = options.quick() ? 2_000 : options.students();
        int importRows = options.quick() ? 10_000 : 100_000;
        try (org.studenthub.core.db.Database database = org.studenthub.core.db.Database.open(databases.fresh(vendor))) {
            emit(out, results, DataBench.demo(database, vendor, students));
            for (Result r : DataBench.search(database, vendor, students, options.quick() ? 200 : 500)) {
                emit(out, results, r);
            }
            for (Result r : DataBench.importStudents(database, vendor, scratch, importRows)) {
                emit(out, results, r);
            }
        }
    }

    /**
     * Search alone over a college filled quickly: a small real demo college (its structure and first
     * students), then synthetic students up to {@code --students} (see {@link SyntheticStudents}).
     */
    private static void runSearchBench(PrintStream out, List<Result> results, BenchDatabases databases,
                                       Vendor vendor, BenchOptions options) throws Exception {
        int students = options.quick() ? 2_000 : options.students();
        try (org.studenthub.core.db.Database database = org.studenthub.core.db.Database.open(databases.fresh(vendor))) {
            SyntheticStudents.college(database, vendor, students);
            for (Result r : DataBench.search(database, vendor, students, options.quick() ? 200 : 500)) {
                emit(out, results, r);
            }
        }
    }

    private static void emit(PrintStream out, List<Result> results, Result result) {
        results.add(result);
        out.println(result.toJson());
    }

    private static void writeLatest(Path file, List<Result> results) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Path temp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.write(temp, results.stream().map(Result::toJson).toList(), StandardCharsets.UTF_8);
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static void deleteTree(Path root) throws IOException {
        try (var paths = Files.walk(root)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
