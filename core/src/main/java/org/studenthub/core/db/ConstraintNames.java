package org.studenthub.core.db;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Extracts our constraint names (uq_..., fk_..., ck_...) from what each database reports. */
public final class ConstraintNames {
    private static final Pattern OURS = Pattern.compile("((?:uq|fk|ck|pk)_[a-z0-9_]+)", Pattern.CASE_INSENSITIVE);
    /** H2 names a unique constraint's index after it: {@code UQ_STUDENT_NUMBER_INDEX_B}. */
    private static final Pattern H2_INDEX_SUFFIX = Pattern.compile("_index_[a-z0-9]+$");

    private ConstraintNames() {}

    static String normalise(String reported) {
        return find(reported).orElse(reported.toLowerCase(Locale.ROOT));
    }

    /** Our constraint named in a database's error message, lower case, if there is one. */
    public static Optional<String> find(String reported) {
        if (reported == null) {
            return Optional.empty();
        }
        Matcher m = OURS.matcher(reported);
        if (!m.find()) {
            return Optional.empty();
        }
        return Optional.of(H2_INDEX_SUFFIX.matcher(m.group(1).toLowerCase(Locale.ROOT)).replaceFirst(""));
    }
}
