package org.studenthub.app.fx;

import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/** Codes no other test has used in the shared demo college (tests create records in it and leave them). */
public final class UniqueCodes {
    private static final AtomicLong LAST = new AtomicLong(System.currentTimeMillis() % 1_000_000_000L);

    private UniqueCodes() {}

    /** {@code prefix} and a short base-36 number, e.g. D1X2Y3. */
    public static String next(String prefix) {
        return prefix + Long.toString(LAST.incrementAndGet(), 36).toUpperCase(Locale.ROOT);
    }

    /** A free academic year code, e.g. 7345/46 (years far in the future, never the demo's). */
    public static String year() {
        long n = 3000 + LAST.incrementAndGet() % 6000;
        return n + "/" + String.format(Locale.ROOT, "%02d", (n + 1) % 100);
    }
}
