package org.studenthub.core.common;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Folds names for search and sorting: accents removed, lower case, runs of anything that is not
 * a letter or digit collapsed to one space. "Nicolò D'Angelo" becomes "nicolo d angelo".
 * The same folding is applied to stored names and to queries, so matching is accent- and
 * case-insensitive on every database.
 */
public final class NameKeys {
    /** Query words need this many characters to match inside a name word, not only at its start. */
    public static final int MIN_SUBSTRING = 3;

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

    private static void appendWord(StringBuilder key, String word) {
        if (!word.isEmpty()) {
            if (key.length() > 0) {
                key.append(' ');
            }
            key.append(word);
        }
    }
}
