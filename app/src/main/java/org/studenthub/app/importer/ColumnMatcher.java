package org.studenthub.app.importer;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.studenthub.app.I18n;
import org.studenthub.core.transfer.csv.Column;
import org.studenthub.core.transfer.csv.ColumnSet;

/**
 * Matches a file's header to the columns an import expects, by name: the column's own name, its aliases and
 * its label in English and Italian, ignoring case, accents, spaces, underscores and punctuation
 * ("Data di nascita", "DATE-OF-BIRTH" and "date_of_birth" are the same).
 */
final class ColumnMatcher {
    private ColumnMatcher() {}

    /** For each expected column, in order, the first header cell (not yet taken) that names it; absent if none. */
    static Map<String, String> match(ColumnSet columns, List<String> header) {
        Map<String, String> chosen = new LinkedHashMap<>();
        Set<String> taken = new HashSet<>();
        for (Column column : columns.columns()) {
            Set<String> names = namesOf(column);
            for (String cell : header) {
                if (!taken.contains(cell) && names.contains(plain(cell))) {
                    chosen.put(column.name(), cell);
                    taken.add(cell);
                    break;
                }
            }
        }
        return chosen;
    }

    /** Key of the column's label, e.g. {@code client.import.column.date_of_birth}. */
    static String labelKey(String column) {
        return "client.import.column." + column;
    }

    private static Set<String> namesOf(Column column) {
        Set<String> names = new HashSet<>();
        names.add(plain(column.name()));
        column.aliases().forEach(alias -> names.add(plain(alias)));
        names.add(plain(I18n.tr(Locale.ENGLISH, labelKey(column.name()))));
        names.add(plain(I18n.tr(Locale.ITALIAN, labelKey(column.name()))));
        return names;
    }

    /** Lower case letters and digits only, accents removed. */
    static String plain(String text) {
        String decomposed = Normalizer.normalize(text.strip(), Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }
}
