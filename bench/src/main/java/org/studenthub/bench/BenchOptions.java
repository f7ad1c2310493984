package org.studenthub.bench;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

/**
 * Command-line options of the benchmark harness.
 *
 * @param students size of the demo college for the data benchmarks (full run)
 * @param only     benchmark groups to run (empty: all but search): migration, data (demo, search, import),
 *                 security (sign-in), audit, evidence (upload checks of a 10 MB PDF, no database), seal (sealing a
 *                 5 MB PDF with the college seal, no database), portfolio (one portfolio of 20 pictures, no database),
 *                 batch (portfolio batches on every core, and a 100-picture portfolio in a 256 MB heap),
 *                 client (launch to the sign-in window, sign-in to the dashboard on H2 and PostgreSQL, memory after
 *                 sign-in; needs a display or Xvfb), achievement (approval queue and decisions), search (search alone
 *                 over a quickly filled college; only when named), table (the client's students table over a quickly
 *                 filled college; only when named)
 * @param scratch  folder for H2 databases and files, kept after the run; null: a temporary folder, deleted
 */
record BenchOptions(boolean quick, int students, Set<String> only, String pgUrl, String pgUser, String pgPassword,
                    Path resultsFile, Path scratch) {

    static BenchOptions parse(String[] args) {
        boolean quick = false;
        int students = 100_000;
        Set<String> only = new HashSet<>();
        String pgUrl = null;
        String pgUser = "postgres";
        String pgPassword = System.getenv().getOrDefault("PGPASSWORD", "");
        Path results = Path.of("bench", "results", "latest.jsonl");
        Path scratch = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--quick" -> quick = true;
                case "--students" -> students = Integer.parseInt(args[++i]);
                case "--only" -> only.addAll(Arrays.asList(args[++i].split(",")));
                case "--pg-url" -> pgUrl = args[++i];
                case "--pg-user" -> pgUser = args[++i];
                case "--results" -> results = Path.of(args[++i]);
                case "--scratch" -> scratch = Path.of(args[++i]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]
                        + "; use --quick, --only migration,data,security,audit,evidence,seal,portfolio,batch,client,achievement,search,table, --students N,"
                        + " --pg-url URL, --pg-user U, --results FILE, --scratch DIR");
            }
        }
        return new BenchOptions(quick, students, only, pgUrl, pgUser, pgPassword, results, scratch);
    }

    /** Every group but search runs unless {@code --only} leaves it out; search runs only when named. */
    boolean wants(String name) {
        return only.isEmpty() || only.contains(name);
    }
}
