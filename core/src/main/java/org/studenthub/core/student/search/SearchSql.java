package org.studenthub.core.student.search;

import java.util.ArrayList;
import java.util.List;
import org.studenthub.core.db.Vendor;
import org.studenthub.core.security.StudentScope;

/**
 * Builds the one SELECT of a search page. On PostgreSQL name words are matched with LIKE on
 * {@code name_key}, which the trigram index serves, and the planner picks between that index
 * and walking the name order; keys are compared byte-wise (COLLATE "C") to match the indexes.
 * On H2 the caller chooses: restrict to the candidates of the rarest word through the fragment
 * table (few matches), or walk the name (or number) index and filter (many matches).
 */
final class SearchSql {
    static final String SELECT = "SELECT s.id, s.student_number, s.given_name, s.family_name, s.preferred_name,"
            + " s.status, s.programme_id, s.section_id, s.name_key FROM student s";

    private final StringBuilder sql = new StringBuilder(SELECT);
    private final List<Object> parameters = new ArrayList<>();
    private final Vendor vendor;
    private final StudentSort sort;

    SearchSql(Vendor vendor, StudentSort sort) {
        this.vendor = vendor;
        this.sort = sort;
    }

    /** H2: walk this index in order (dense matches). Must come before {@link #where}. */
    SearchSql useIndex(String index) {
        sql.append(" USE INDEX (").append(index).append(')');
        return this;
    }

    SearchSql where(long collegeId) {
        sql.append(" WHERE s.college_id = ?");
        parameters.add(collegeId);
        return this;
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

    SearchSql nameWord(String word) {
        if (SearchTerms.prefixOnly(word)) {
            sql.append(" AND (s.name_key LIKE ? ESCAPE '\\' OR s.name_key LIKE ? ESCAPE '\\')");
            parameters.add(SearchTerms.startsWith(word));
            parameters.add("% " + SearchTerms.startsWith(word));
        } else {
            sql.append(" AND s.name_key LIKE ? ESCAPE '\\'");
            parameters.add(SearchTerms.contains(word));
        }
        return this;
    }

    /** H2: only students that have a fragment matching {@code word}. */
    SearchSql fragmentCandidates(long collegeId, String word) {
        // A range, not LIKE ?: H2 turns a bound LIKE pattern into a per-row match, never an index range.
        sql.append(" AND s.id IN (SELECT f.student_id FROM student_search_fragment f WHERE f.college_id = ?"
                + " AND f.fragment >= ? AND f.fragment < ?");
        parameters.add(collegeId);
        parameters.add(word);
        parameters.add(SearchTerms.upperBound(word));
        if (SearchTerms.prefixOnly(word)) {
            sql.append(" AND f.word_start = TRUE");
        }
        sql.append(')');
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
            sql.append(" AND (").append(sortKey()).append(", s.id) > (?, ?)");
        } else {
            // H2 turns only the plain comparison into an index range start
            sql.append(" AND ").append(sortKey()).append(" >= ? AND (").append(sortKey()).append(" > ? OR s.id > ?)");
            parameters.add(cursor.key());
        }
        parameters.add(cursor.key());
        parameters.add(cursor.id());
        return this;
    }

    SearchSql orderAndLimit(int rows) {
        sql.append(" ORDER BY ").append(sortKey()).append(", s.id LIMIT ?");
        parameters.add(rows);
        return this;
    }

    String sql() {
        return sql.toString();
    }

    List<Object> parameters() {
        return parameters;
    }

    private String sortKey() {
        String column = sort == StudentSort.NUMBER ? "s.student_number" : "s.name_key";
        return vendor == Vendor.POSTGRESQL ? column + " COLLATE \"C\"" : column;
    }
}
