package org.studenthub.core.db;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Extracts our constraint names (uq_..., fk_..., ck_...) from what each database reports. */
final class ConstraintNames {
    private static final Pattern OURS = Pattern.compile("((?:uq|fk|ck|pk)_[a-z0-9_]+)", Pattern.CASE_INSENSITIVE);

    private ConstraintNames() {}

    static String normalise(String reported) {
        Matcher m = OURS.matcher(reported);
        return m.find() ? m.group(1).toLowerCase(Locale.ROOT) : reported.toLowerCase(Locale.ROOT);
    }
}
