package org.studenthub.bench;

import java.util.Locale;

/**
 * One measured number beside its raw baseline. {@code ratio} = value / baseline; {@code pass}
 * compares the value with the target in the given direction.
 */
public record Result(String metric, double value, String unit, double baseline, double target,
                     boolean lowerIsBetter, String database, long size, String note) {

    public double ratio() {
        return baseline == 0 ? 0 : value / baseline;
    }

    public boolean pass() {
        return lowerIsBetter ? value <= target : value >= target;
    }

    /** One flat JSON object on one line. */
    public String toJson() {
        return String.format(Locale.ROOT,
                "{\"metric\": \"%s\", \"value\": %s, \"unit\": \"%s\", \"baseline\": %s, \"ratio\": %s, "
                        + "\"target\": \"%s%s\", \"pass\": %s, \"database\": \"%s\", \"size\": %d, \"note\": \"%s\"}",
                escape(metric), num(value), escape(unit), num(baseline), num(ratio()),
                lowerIsBetter ? "<= " : ">= ", num(target), pass(), escape(database), size, escape(note));
    }

    private static String num(double d) {
        return String.format(Locale.ROOT, "%.3f", d);
    }

    private static String escape(String s) {
        return s == null ? "" : s.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
