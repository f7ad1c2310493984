package org.studenthub.bench;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

/**
 * Command-line options of the benchmark harness.
 *
 * @param only benchmark names to run (empty: all): migration, import, search, demo
 */
record BenchOptions(boolean quick, Set<String> only, String pgUrl, String pgUser, String pgPassword,
                    Path resultsFile) {

    static BenchOptions parse(String[] args) {
        boolean quick = false;
        Set<String> only = new HashSet<>();
        String pgUrl = null;
        String pgUser = "postgres";
        String pgPassword = System.getenv().getOrDefault("PGPASSWORD", "");
        Path results = Path.of("bench", "results", "latest.jsonl");
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--quick" -> quick = true;
                case "--only" -> only.addAll(Arrays.asList(args[++i].split(",")));
                case "--pg-url" -> pgUrl = args[++i];
                case "--pg-user" -> pgUser = args[++i];
                case "--results" -> results = Path.of(args[++i]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]
                        + "; use --quick, --only migration,import,search,demo, --pg-url URL, --pg-user U, --results FILE");
            }
        }
        return new BenchOptions(quick, only, pgUrl, pgUser, pgPassword, results);
    }

    boolean wants(String name) {
        return only.isEmpty() || only.contains(name);
    }
}
