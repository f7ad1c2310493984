package org.studenthub.core.student.search;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Pattern;
import org.studenthub.core.common.NameKeys;

/**
 * The parsed query text: a student number prefix, or folded name words (empty: no text).
 *
 * @param numberPrefix the number or its start, or null for a name query
 * @param words        folded name words, each of which must match
 */
record SearchTerms(String numberPrefix, List<String> words) {
    private static final Pattern NUMBER_LIKE = Pattern.compile("[A-Za-z0-9/._-]*[0-9][A-Za-z0-9/._-]*");

    static SearchTerms parse(String text) {
        String trimmed = text == null ? "" : text.strip();
        if (NUMBER_LIKE.matcher(trimmed).matches()) {
            return new SearchTerms(trimmed, List.of());
        }
        String folded = NameKeys.fold(trimmed);
        if (folded.isEmpty()) {
            return new SearchTerms(null, List.of());
        }
        LinkedHashSet<String> words = new LinkedHashSet<>(List.of(folded.split(" ")));
        return new SearchTerms(null, List.copyOf(words));
    }

    boolean isNumber() {
        return numberPrefix != null;
    }

    /** True when a word can only match the start of a name word (too short for substring search). */
    static boolean prefixOnly(String word) {
        return word.length() < NameKeys.MIN_SUBSTRING;
    }

    /**
     * Whether a folded name key matches {@code word}: it starts a word of the name, or (from
     * {@link NameKeys#MIN_SUBSTRING} characters) lies inside one. The same rule as the LIKE
     * patterns of {@code SearchSql.nameWord}, for keys already read.
     */
    static boolean matches(String word, String nameKey) {
        return prefixOnly(word) ? nameKey.startsWith(word) || nameKey.contains(" " + word) : nameKey.contains(word);
    }

    /** LIKE pattern for values starting with {@code text}; '\' escapes wildcards. */
    static String startsWith(String text) {
        return escape(text) + "%";
    }

    static String contains(String text) {
        return "%" + escape(text) + "%";
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    /** Exclusive upper bound of the strings starting with {@code folded} (folded text has no U+FFFF). */
    static String upperBound(String folded) {
        return folded + Character.MAX_VALUE;
    }
}
