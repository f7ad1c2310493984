package org.studenthub.core.common;

import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Folds names for search and sorting: accents removed, lower case, runs of anything that is not
 * a letter or digit collapsed to one space. "Nicolò D'Angelo" becomes "nicolo d angelo".
 * The same folding is applied to stored names and to queries, so matching is accent- and
 * case-insensitive on every database.
 */
public final class NameKeys {
    /** Fragments shorter than this are not stored as suffixes; queries need this many characters for substrings. */
    public static final int MIN_SUBSTRING = 3;
    /** Longest fragment stored; longer words are cut (the fragment column is VARCHAR(100)). */
    public static final int MAX_FRAGMENT = 100;

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private NameKeys() {}

    /** Folded form of one text; empty string for null. */
    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
        String noMarks = MARKS.matcher(decomposed).replaceAll("");
        String special = noMarks.replace("ß", "ss").replace("æ", "ae").replace("Æ", "ae")
                .replace("ø", "o").replace("Ø", "o").replace("ł", "l").replace("Ł", "l")
                .replace("đ", "d").replace("Đ", "d").replace("œ", "oe").replace("Œ", "oe");
        return NON_WORD.matcher(special.toLowerCase(Locale.ROOT)).replaceAll(" ").trim();
    }

    /** Sort and search key of a person: family name first, then given and preferred names. */
    public static String personKey(String familyName, String givenName, String preferredName) {
        StringBuilder key = new StringBuilder(fold(familyName));
        appendWord(key, fold(givenName));
        appendWord(key, fold(preferredName));
        String result = key.toString();
        return result.length() > 310 ? result.substring(0, 310) : result;
    }

    /**
     * The searchable fragments of a folded key: each word (word start = true) and each suffix of
     * a word with at least {@link #MIN_SUBSTRING} characters (word start = false). A fragment that
     * is both keeps word start = true.
     */
    public static Map<String, Boolean> fragments(String foldedKey) {
        Map<String, Boolean> result = new LinkedHashMap<>();
        if (foldedKey == null || foldedKey.isEmpty()) {
            return result;
        }
        for (String word : foldedKey.split(" ")) {
            if (word.isEmpty()) {
                continue;
            }
            String w = word.length() > MAX_FRAGMENT ? word.substring(0, MAX_FRAGMENT) : word;
            result.put(w, Boolean.TRUE);
            for (int start = 1; start + MIN_SUBSTRING <= w.length(); start++) {
                result.putIfAbsent(w.substring(start), Boolean.FALSE);
            }
        }
        return result;
    }

    private static void appendWord(StringBuilder key, String word) {
        if (!word.isEmpty()) {
            if (key.length() > 0) {
                key.append(' ');
            }
            key.append(word);
        }
    }
}
