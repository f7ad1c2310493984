package org.studenthub.core.student.search;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.studenthub.core.db.Vendor;
import org.studenthub.core.security.StudentScope;

/**
 * Chooses how to read one search page and builds its SELECT (ADR 0011):
 * <ol>
 *   <li>number queries, lists without text and callers who reach only part of the college (their
 *       scope is not college-wide, so they may not read the vocabulary) walk the number or name
 *       index, filtered by the scope;</li>
 *   <li>a name query looks its words up in the vocabulary; a word matching no name word of the
 *       college means an empty page;</li>
 *   <li>in name order, when every query word matches at most {@link Limits#maxWords} name words
 *       and there are several query words (and no programme, section or status filter), the
 *       words' postings are intersected ({@link WordIntersection});</li>
 *   <li>in name order, when a query word matches at most {@link Limits#maxWords} name words, the
 *       first page of each of those words' students is read from the postings and merged
 *       ({@link SearchSql#byWords}), the other query words filtering;</li>
 *   <li>otherwise (many name words, or number order) the students of one query word are read as
 *       candidates and sorted when they are at most {@link Limits#candidateLimit}, or the list
 *       index is walked with filters, where matches are dense.</li>
 * </ol>
 */
final class SearchPlan {
    /**
     * Thresholds of the plans.
     *
     * @param maxWords       a query word matching at most this many name words is read word by word
     * @param candidateLimit otherwise, a query word with at most this many matching students is read as
     *                       candidates and sorted; a more common one walks the list order
     * @param maxRounds      rounds of {@link WordIntersection} before a multi-word query falls back to
     *                       filtering one word's students by the others
     */
    record Limits(int maxWords, int candidateLimit, int maxRounds) {
        static final Limits DEFAULT = new Limits(48, 2_000, 24);
    }

    private final Vendor vendor;
    private final long collegeId;
    private final StudentScope scope;
    private final StudentQuery query;
    private final SearchTerms terms;
    private final StudentSort sort;
    private final SearchCursor cursor;
    private final int rows;
    private final Limits limits;

    SearchPlan(Vendor vendor, long collegeId, StudentScope scope, StudentQuery query, SearchTerms terms,
               StudentSort sort, SearchCursor cursor, int rows, Limits limits) {
        this.vendor = vendor;
        this.collegeId = collegeId;
        this.scope = scope;
        this.query = query;
        this.terms = terms;
        this.sort = sort;
        this.cursor = cursor;
        this.rows = rows;
        this.limits = limits;
    }

    /** The SELECT of the page ({@code rows} rows at most), or null when nothing can match. */
    SearchSql select(Connection connection) throws SQLException {
        return terms.words().isEmpty() || !scope.collegeWide() ? walk() : byName(connection);
    }

    private SearchSql byName(Connection connection) throws SQLException {
        SearchVocabulary vocabulary = new SearchVocabulary(connection, collegeId);
        Map<String, List<String>> nameWords = new LinkedHashMap<>();
        for (String word : terms.words()) {
            List<String> matches = vocabulary.wordsMatching(word, limits.maxWords());
            if (matches != null && matches.isEmpty()) {
                return null;
            }
            nameWords.put(word, matches);
        }
        String leading = leadingWord(nameWords);
        if (leading != null && sort == StudentSort.NAME) {
            if (nameWords.size() > 1 && !nameWords.containsValue(null) && !filtersStudents()) {
                List<Long> ids = new WordIntersection(connection, vendor, collegeId, limits.maxRounds())
                        .first(terms.words(), List.copyOf(nameWords.values()), cursor, rows);
                if (ids != null) {
                    return ids.isEmpty() ? null : SearchSql.withIds(vendor, collegeId, ids);
                }
            }
            return byWords(leading, nameWords.get(leading));
        }
        String probe = leading != null ? leading : longest(terms.words());
        return vocabulary.countStudentWords(probe, limits.candidateLimit() + 1) <= limits.candidateLimit()
                ? candidates(probe) : walk();
    }

    /**
     * The query word whose name words are read in list order while the other query words filter:
     * among those with a known, short list of name words ({@code nameWords} maps the others to
     * null), the one with fewest.
     */
    private static String leadingWord(Map<String, List<String>> nameWords) {
        return nameWords.keySet().stream().filter(w -> nameWords.get(w) != null)
                .min(Comparator.comparingInt(w -> nameWords.get(w).size())).orElse(null);
    }

    private boolean filtersStudents() {
        return query.programmeId() != null || query.sectionId() != null || query.status() != null
                || !scope.collegeWide();
    }

    /** The students of each name word matching {@code leading}, merged; other query words filter. */
    private SearchSql byWords(String leading, List<String> words) {
        return SearchSql.byWords(vendor, words, word -> {
            SearchSql keys = SearchSql.wordKeys(vendor, collegeId, word, filtersStudents());
            terms.words().stream().filter(w -> !w.equals(leading)).forEach(keys::nameWord);
            return filtered(keys).orderAndLimit(rows);
        }, rows);
    }

    private SearchSql candidates(String word) {
        SearchSql select = SearchSql.students(vendor, sort, collegeId, null).hasWordMatching(collegeId, word);
        terms.words().forEach(select::nameWord);
        return filtered(select).orderAndLimit(rows);
    }

    /**
     * The list index in order, filtered; H2 is told which index to walk, unless a section or a scope of a
     * few students (sections, mentees, oneself) narrows, so that H2 starts from those students.
     */
    private SearchSql walk() {
        String index = vendor != Vendor.H2 || query.sectionId() != null || scope.fewStudents() ? null
                : sort == StudentSort.NUMBER ? "ix_student_number_prefix" : "ix_student_name_key";
        SearchSql select = SearchSql.students(vendor, sort, collegeId, index);
        if (terms.isNumber()) {
            select.numberStartsWith(terms.numberPrefix());
        }
        terms.words().forEach(select::nameWord);
        return filtered(select).orderAndLimit(rows);
    }

    private SearchSql filtered(SearchSql select) {
        return select.inScope(scope).equal("programme_id", query.programmeId()).equal("section_id", query.sectionId())
                .equal("status", query.status()).after(cursor);
    }

    private static String longest(List<String> words) {
        return words.stream().max(Comparator.comparingInt(String::length)).orElseThrow();
    }
}
