package org.studenthub.core.student.search;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.studenthub.core.db.Vendor;
import org.studenthub.core.security.StudentScope;

/**
 * Builds one SELECT of student rows for a search page, in one of two shapes:
 * <ul>
 *   <li>{@link #students}: the student table, walked along its name (or number) index, or
 *       restricted to candidates;</li>
 *   <li>{@link #byWords}: the first students of each of a few name words, read from
 *       {@code student_name_word} in list order (name_key, id) straight from its primary key and
 *       stopped after one page each ({@link #wordKeys}), then merged, de-duplicated and joined to
 *       the student rows. PostgreSQL runs the per-word reads as a LATERAL join over an array of the
 *       words, so the statement text (and its cached plan) does not depend on the words; H2 has no
 *       LATERAL and gets a UNION ALL of one read per word.</li>
 * </ul>
 * Keys are compared byte-wise on PostgreSQL (COLLATE "C") to match the indexes.
 */
final class SearchSql {
    static final String COLUMNS = "s.id, s.student_number, s.given_name, s.family_name, s.preferred_name,"
            + " s.status, s.programme_id, s.section_id, s.name_key";

    private final StringBuilder sql = new StringBuilder("SELECT ");
    private final List<Object> parameters = new ArrayList<>();
    private final Vendor vendor;
    private final StudentSort sort;
    /** The name key and id columns the filters, cursor and order use. */
    private final String nameKey;
    private final String id;
    /** Columns fixed by equality that lead the order, so that H2 sees the index order (and stops early). */
    private String orderPrefix = "";

    private SearchSql(Vendor vendor, StudentSort sort, String nameKey, String id) {
        this.vendor = vendor;
        this.sort = sort;
        this.nameKey = nameKey;
        this.id = id;
    }

    /** Students of the college; on H2 {@code index} (or null) is the index to walk in order. */
    static SearchSql students(Vendor vendor, StudentSort sort, long collegeId, String index) {
        SearchSql select = new SearchSql(vendor, sort, "s.name_key", "s.id");
        select.sql.append(COLUMNS).append(" FROM student s");
        if (index != null) {
            select.sql.append(" USE INDEX (").append(index).append(')');
        }
        select.sql.append(" WHERE s.college_id = ?");
        select.parameters.add(collegeId);
        if (vendor == Vendor.H2) {
            // without the fixed college leading the order, H2 does not see that the index is already in order and
            // sorts the whole college before giving the first page
            select.orderPrefix = "s.college_id, ";
        }
        return select;
    }

    /**
     * The list keys (name_key, student id) of the students whose name has {@code word}, in list
     * order; with a null word, the word of the enclosing PostgreSQL LATERAL join ({@code w.word}).
     * {@code withStudents} joins the student rows, for filters on their columns.
     */
    static SearchSql wordKeys(Vendor vendor, long collegeId, String word, boolean withStudents) {
        SearchSql select = new SearchSql(vendor, StudentSort.NAME, "t.name_key", "t.student_id");
        select.sql.append("t.name_key, t.student_id FROM student_name_word t");
        if (withStudents) {
            select.sql.append(" JOIN student s ON s.id = t.student_id");
        }
        select.sql.append(" WHERE t.college_id = ? AND t.word = ").append(word == null ? "w.word COLLATE \"C\"" : "?");
        select.orderPrefix = "t.college_id, t.word, ";
        select.parameters.add(collegeId);
        if (word != null) {
            select.parameters.add(word);
        }
        return select;
    }

    /**
     * The first {@code rows} distinct students of the {@code words}, in list order; {@code keys}
     * gives each word's {@link #wordKeys} select, already filtered, ordered and limited.
     */
    static SearchSql byWords(Vendor vendor, List<String> words, Function<String, SearchSql> keys, int rows) {
        SearchSql merged = mergedKeys(vendor, words, keys, rows);
        SearchSql select = new SearchSql(vendor, StudentSort.NAME, "k.name_key", "k.student_id");
        select.sql.append(COLUMNS).append(" FROM (").append(merged.sql).append(") k JOIN student s ON s.id = k.student_id"
                + " ORDER BY k.name_key, k.student_id");
        select.parameters.addAll(merged.parameters);
        return select;
    }

    /**
     * Only the list keys (name_key, student_id) of {@link #byWords}: the first {@code rows} distinct
     * students of the {@code words}, in list order.
     */
    static SearchSql mergedKeys(Vendor vendor, List<String> words, Function<String, SearchSql> keys, int rows) {
        SearchSql select = new SearchSql(vendor, StudentSort.NAME, "x.name_key", "x.student_id");
        // a student whose name has two of the words comes twice; DISTINCT keeps one
        select.sql.append("DISTINCT x.name_key, x.student_id FROM ");
        if (vendor == Vendor.POSTGRESQL) {
            SearchSql perWord = keys.apply(null);
            select.sql.append("unnest(CAST(? AS VARCHAR[])) AS w(word) CROSS JOIN LATERAL (").append(perWord.sql)
                    .append(") x");
            select.parameters.add(words.toArray(String[]::new));
            select.parameters.addAll(perWord.parameters);
        } else {
            select.sql.append('(');
            for (int i = 0; i < words.size(); i++) {
                SearchSql perWord = keys.apply(words.get(i));
                select.sql.append(i == 0 ? "(" : " UNION ALL (").append(perWord.sql).append(')');
                select.parameters.addAll(perWord.parameters);
            }
            select.sql.append(") x");
        }
        select.sql.append(" ORDER BY x.name_key, x.student_id LIMIT ").append(rows);
        return select;
    }

    /** The students with these ids (one page, found elsewhere), in list order. */
    static SearchSql withIds(Vendor vendor, long collegeId, List<Long> ids) {
        SearchSql select = students(vendor, StudentSort.NAME, collegeId, null);
        select.sql.append(" AND s.id IN (").append("?, ".repeat(ids.size() - 1)).append("?)");
        select.parameters.addAll(ids);
        return select.orderAndLimit(ids.size());
    }

    /** Only the students the caller's scope reaches (nothing to add at COLLEGE scope). */
    SearchSql inScope(StudentScope scope) {
        if (!scope.collegeWide()) {
            sql.append(" AND ").append(scope.sql("s", parameters));
        }
        return this;
    }

    SearchSql numberStartsWith(String prefix) {
        sql.append(" AND ").append(sortKey()).append(" LIKE ? ESCAPE '\\'");
        parameters.add(SearchTerms.startsWith(prefix));
        return this;
    }

    /** The name must match {@code word} (see {@link StudentQuery}); checked on the name key. */
    SearchSql nameWord(String word) {
        if (SearchTerms.prefixOnly(word)) {
            sql.append(" AND (").append(nameKey).append(" LIKE ? ESCAPE '\\' OR ").append(nameKey)
                    .append(" LIKE ? ESCAPE '\\')");
            parameters.add(SearchTerms.startsWith(word));
            parameters.add("% " + SearchTerms.startsWith(word));
        } else {
            sql.append(" AND ").append(nameKey).append(" LIKE ? ESCAPE '\\'");
            parameters.add(SearchTerms.contains(word));
        }
        return this;
    }

    /** Only students with a name word that matches {@code word} (see {@link SearchVocabulary}). */
    SearchSql hasWordMatching(long collegeId, String word) {
        sql.append(" AND s.id IN (SELECT t.student_id FROM student_name_word t WHERE t.college_id = ? AND t.word IN (")
                .append(SearchVocabulary.WORDS_MATCHING).append("))");
        parameters.add(collegeId);
        parameters.addAll(SearchVocabulary.wordsMatchingParameters(collegeId, word));
        return this;
    }

    SearchSql equal(String column, Object value) {
        if (value != null) {
            sql.append(" AND s.").append(column).append(" = ?");
            parameters.add(value instanceof Enum<?> e ? e.name() : value);
        }
        return this;
    }

    SearchSql after(SearchCursor cursor) {
        if (cursor == null) {
            return this;
        }
        if (vendor == Vendor.POSTGRESQL) {
            sql.append(" AND (").append(sortKey()).append(", ").append(id).append(") > (?, ?)");
        } else {
            // H2 turns only the plain comparison into an index range start
            sql.append(" AND ").append(sortKey()).append(" >= ? AND (").append(sortKey()).append(" > ? OR ")
                    .append(id).append(" > ?)");
            parameters.add(cursor.key());
        }
        parameters.add(cursor.key());
        parameters.add(cursor.id());
        return this;
    }

    /**
     * The order and the number of rows. The number is written into the statement, not bound: H2
     * (2.3 and 2.5) hands back a UNION branch's previous result when only a bound LIMIT changed.
     */
    SearchSql orderAndLimit(int rows) {
        sql.append(" ORDER BY ").append(orderPrefix).append(sortKey()).append(", ").append(id).append(" LIMIT ")
                .append(rows);
        return this;
    }

    String sql() {
        return sql.toString();
    }

    List<Object> parameters() {
        return parameters;
    }

    private String sortKey() {
        String column = sort == StudentSort.NUMBER ? "s.student_number" : nameKey;
        return vendor == Vendor.POSTGRESQL ? column + " COLLATE \"C\"" : column;
    }
}
