package org.studenthub.core.student.search;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.studenthub.core.db.Vendor;

/**
 * The first students whose names match every word of a multi-word query, in list order, without
 * reading one word's students up to the first match of the others. Each query word is a stream:
 * the merged postings of the name words it matches, in list order. A round reads one page of every
 * stream from the same position and picks the stream whose page reaches furthest in the list (the
 * sparsest there); every match in that stretch is on that stream, and each posting carries the
 * name key, so a page of that stream is read and its keys checked against the other query words.
 * The next round starts after that page; its pages double each round. For "rossi marco" the
 * Marcos before the Rossis are passed over in one page of Rossis, and then the Marcos lead, checked
 * for "rossi": two rounds, where reading the Rossis up to Marco would read 38,000 postings.
 */
final class WordIntersection {
    /** The largest page of one stream, in rows per matching name word. */
    private static final int MAX_PAGE = 1_024;

    /** A student's place in the list. */
    record Key(String nameKey, long id) {}

    private final Connection connection;
    private final Vendor vendor;
    private final long collegeId;
    private final int maxRounds;
    /** The database's order of keys: PostgreSQL compares code points (COLLATE "C"), H2 UTF-16 units. */
    private final Comparator<Key> order;

    WordIntersection(Connection connection, Vendor vendor, long collegeId, int maxRounds) {
        this.connection = connection;
        this.vendor = vendor;
        this.collegeId = collegeId;
        this.maxRounds = maxRounds;
        Comparator<String> text = vendor == Vendor.POSTGRESQL ? WordIntersection::compareCodePoints : String::compareTo;
        this.order = Comparator.comparing(Key::nameKey, text).thenComparingLong(Key::id);
    }

    /**
     * The ids of the first {@code rows} students after {@code cursor} (null: from the start) whose
     * names match every one of {@code queryWords}; {@code nameWords} holds, for each query word,
     * the name words it matches. Null if the matches are too scattered to find in the allowed
     * number of rounds.
     */
    List<Long> first(List<String> queryWords, List<List<String>> nameWords, SearchCursor cursor, int rows)
            throws SQLException {
        Key after = cursor == null ? null : new Key(cursor.key(), cursor.id());
        List<Long> found = new ArrayList<>();
        int size = rows;
        for (int round = 0; round < maxRounds; round++) {
            Lead lead = sparsest(nameWords, after, rows);
            if (lead == null) {
                return found;
            }
            // a short probe already holds the rest of its stream
            int requested = lead.probe().size() < rows ? rows : size;
            List<Key> page = requested == rows ? lead.probe() : read(lead.words(), after, requested);
            for (Key key : page) {
                if (queryWords.stream().allMatch(word -> SearchTerms.matches(word, key.nameKey()))) {
                    found.add(key.id());
                    if (found.size() == rows) {
                        return found;
                    }
                }
            }
            if (page.size() < requested) {
                return found;
            }
            after = page.get(page.size() - 1);
            size = Math.min(size * 2, MAX_PAGE);
        }
        return null;
    }

    /** The stream to read next, with its first page. */
    private record Lead(List<String> words, List<Key> probe) {}

    /**
     * The stream whose next {@code rows} keys reach furthest in the list; null when a stream has
     * no key left (no more matches).
     */
    private Lead sparsest(List<List<String>> nameWords, Key after, int rows) throws SQLException {
        Lead lead = null;
        for (List<String> words : nameWords) {
            List<Key> probe = read(words, after, rows);
            if (probe.isEmpty()) {
                return null;
            }
            if (lead == null || reachesFurther(probe, lead.probe(), rows)) {
                lead = new Lead(words, probe);
            }
        }
        return lead;
    }

    /** A short page ends its stream, so it reaches furthest of all; otherwise compare the last keys. */
    private boolean reachesFurther(List<Key> page, List<Key> than, int size) {
        if (than.size() < size) {
            return false;
        }
        return page.size() < size || order.compare(page.get(page.size() - 1), than.get(than.size() - 1)) > 0;
    }

    private static int compareCodePoints(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int x = a.codePointAt(i);
            int y = b.codePointAt(j);
            if (x != y) {
                return Integer.compare(x, y);
            }
            i += Character.charCount(x);
            j += Character.charCount(y);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }

    /** The first {@code rows} keys of one stream after {@code after}. */
    private List<Key> read(List<String> words, Key after, int rows) throws SQLException {
        SearchCursor cursor = after == null ? null : new SearchCursor(StudentSort.NAME, after.nameKey(), after.id());
        SearchSql sql = SearchSql.mergedKeys(vendor, words,
                word -> SearchSql.wordKeys(vendor, collegeId, word, false).after(cursor).orderAndLimit(rows), rows);
        try (PreparedStatement select = connection.prepareStatement(sql.sql())) {
            List<Object> parameters = sql.parameters();
            for (int i = 0; i < parameters.size(); i++) {
                select.setObject(i + 1, parameters.get(i));
            }
            List<Key> keys = new ArrayList<>(rows);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    keys.add(new Key(rs.getString(1), rs.getLong(2)));
                }
            }
            return keys;
        }
    }
}
