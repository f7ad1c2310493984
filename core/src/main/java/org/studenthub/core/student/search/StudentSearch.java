package org.studenthub.core.student.search;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.studenthub.core.common.Page;
import org.studenthub.core.common.PageRequest;
import org.studenthub.core.common.Validation;
import org.studenthub.core.db.Transactions;
import org.studenthub.core.db.Vendor;
import org.studenthub.core.student.StudentStatus;
import org.studenthub.core.tenancy.CollegeContext;

/**
 * Finds students of one college by number or name, with optional programme, section and status
 * filters, one keyset page at a time. See {@link StudentQuery} for the matching rules and ADR 0006
 * for the plans: a name query reads the students of the matching name words in list order from
 * {@code student_name_word} (a merge of short index ranges, each stopped after one page), unless
 * a query word matches too many different words or the list is in number order; then it reads
 * the few candidates and sorts them, or walks the list index where matches are dense.
 */
public final class StudentSearch {
    /** A query word matching at most this many different name words is read word by word. */
    static final int MAX_WORDS = 48;
    /**
     * Otherwise a query word with at most this many matching students is searched through its
     * candidates (then sorted); a more common one by walking the list order, where matches are dense.
     */
    static final int CANDIDATE_LIMIT = 2_000;

    private final Transactions transactions;
    private final int maxWords;
    private final int candidateLimit;

    public StudentSearch(Transactions transactions) {
        this(transactions, MAX_WORDS, CANDIDATE_LIMIT);
    }

    /** With other thresholds, so tests can reach every plan with a handful of students. */
    StudentSearch(Transactions transactions, int maxWords, int candidateLimit) {
        this.transactions = transactions;
        this.maxWords = maxWords;
        this.candidateLimit = candidateLimit;
    }

    public Page<StudentRow> search(CollegeContext context, StudentQuery query, PageRequest page) {
        Validation.check(page);
        SearchTerms terms = SearchTerms.parse(query.text());
        StudentSort sort = terms.isNumber() ? StudentSort.NUMBER : query.sort();
        SearchCursor cursor = page.after() == null ? null : SearchCursor.decode(page.after(), sort);
        return transactions.jdbcInCollege(context, connection -> {
            Vendor vendor = Vendor.fromProductName(connection.getMetaData().getDatabaseProductName());
            Plan plan = new Plan(vendor, context.collegeId(), query, terms, sort, cursor, page.limit() + 1, maxWords,
                    candidateLimit);
            SearchSql sql = terms.words().isEmpty() ? plan.walk() : plan.byName(connection);
            return sql == null ? new Page<>(List.of(), null) : read(connection, sql, page.limit(), sort);
        });
    }

    /** Chooses and builds the SELECT of one page. */
    private record Plan(Vendor vendor, long collegeId, StudentQuery query, SearchTerms terms, StudentSort sort,
                        SearchCursor cursor, int rows, int maxWords, int candidateLimit) {

        /** Null when a query word matches no name word of the college: nothing can match. */
        SearchSql byName(Connection connection) throws SQLException {
            SearchVocabulary vocabulary = new SearchVocabulary(connection, collegeId);
            String leading = null;
            List<String> leadingWords = null;
            for (String word : terms.words()) {
                List<String> matches = vocabulary.wordsMatching(word, maxWords);
                if (matches != null && matches.isEmpty()) {
                    return null;
                }
                if (matches != null && (leadingWords == null || matches.size() < leadingWords.size())) {
                    leading = word;
                    leadingWords = matches;
                }
            }
            if (leadingWords != null && sort == StudentSort.NAME) {
                return byWords(leading, leadingWords);
            }
            String probe = leading != null ? leading : longest(terms.words());
            return vocabulary.countStudentWords(probe, candidateLimit + 1) <= candidateLimit
                    ? candidates(probe) : walk();
        }

        /** The students of each name word matching {@code leading}, merged; other query words filter. */
        private SearchSql byWords(String leading, List<String> words) {
            boolean withStudents = query.programmeId() != null || query.sectionId() != null || query.status() != null;
            return SearchSql.byWords(vendor, words, word -> {
                SearchSql keys = SearchSql.wordKeys(vendor, collegeId, word, withStudents);
                terms.words().stream().filter(w -> !w.equals(leading)).forEach(keys::nameWord);
                return filtered(keys).orderAndLimit(rows);
            }, rows);
        }

        private SearchSql candidates(String word) {
            SearchSql select = SearchSql.students(vendor, sort, collegeId, null).hasWordMatching(collegeId, word);
            terms.words().forEach(select::nameWord);
            return filtered(select).orderAndLimit(rows);
        }

        /** The list index in order, filtered; H2 is told which index to walk, unless a section narrows. */
        SearchSql walk() {
            String index = vendor != Vendor.H2 || query.sectionId() != null ? null
                    : sort == StudentSort.NUMBER ? "ix_student_number_prefix" : "ix_student_name_key";
            SearchSql select = SearchSql.students(vendor, sort, collegeId, index);
            if (terms.isNumber()) {
                select.numberStartsWith(terms.numberPrefix());
            }
            terms.words().forEach(select::nameWord);
            return filtered(select).orderAndLimit(rows);
        }

        private SearchSql filtered(SearchSql select) {
            return select.equal("programme_id", query.programmeId()).equal("section_id", query.sectionId())
                    .equal("status", query.status()).after(cursor);
        }

        private static String longest(List<String> words) {
            return words.stream().max(Comparator.comparingInt(String::length)).orElseThrow();
        }
    }

    private static Page<StudentRow> read(Connection connection, SearchSql sql, int limit, StudentSort sort)
            throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(sql.sql())) {
            List<Object> parameters = sql.parameters();
            for (int i = 0; i < parameters.size(); i++) {
                select.setObject(i + 1, parameters.get(i));
            }
            List<StudentRow> rows = new ArrayList<>(limit);
            String lastKey = null;
            boolean more = false;
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    if (rows.size() == limit) {
                        more = true;
                        break;
                    }
                    rows.add(row(rs));
                    lastKey = sort == StudentSort.NUMBER ? rs.getString(2) : rs.getString(9);
                }
            }
            String next = more ? new SearchCursor(sort, lastKey, rows.get(rows.size() - 1).id()).encode() : null;
            return new Page<>(rows, next);
        }
    }

    private static StudentRow row(ResultSet rs) throws SQLException {
        long section = rs.getLong(8);
        Long sectionId = rs.wasNull() ? null : section;
        return new StudentRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                StudentStatus.valueOf(rs.getString(6)), rs.getLong(7), sectionId);
    }
}
