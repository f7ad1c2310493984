package org.studenthub.core.student.search;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The words of a college's student names that a query word matches, read from the vocabulary
 * ({@code student_name_fragment}): a short query word (fewer than three characters) matches the
 * words it starts, a longer one the words that contain it. Both are one index range on the
 * fragment column; short words keep only the rows where the fragment is the whole word.
 */
final class SearchVocabulary {
    /** The vocabulary words matching a query word; parameters from {@link #wordsMatchingParameters}. */
    static final String WORDS_MATCHING = "SELECT f.word FROM student_name_fragment f WHERE f.college_id = ?"
            + " AND f.fragment >= ? AND f.fragment < ? AND (? OR f.fragment = f.word)";

    private static final int ROWS_PER_WORD = 8;

    private final Connection connection;
    private final long collegeId;

    SearchVocabulary(Connection connection, long collegeId) {
        this.connection = connection;
        this.collegeId = collegeId;
    }

    static List<Object> wordsMatchingParameters(long collegeId, String queryWord) {
        return List.of(collegeId, queryWord, SearchTerms.upperBound(queryWord), !SearchTerms.prefixOnly(queryWord));
    }

    /**
     * The distinct vocabulary words matching {@code queryWord} if there are at most {@code limit};
     * null if there are more. Reads at most a few rows per word (a word repeats only when it holds
     * the query word twice or when two writers added it at once), so it stays cheap for a one-letter
     * query over a large vocabulary.
     */
    List<String> wordsMatching(String queryWord, int limit) throws SQLException {
        int rows = limit * ROWS_PER_WORD;
        Set<String> words = new LinkedHashSet<>();
        int read = 0;
        try (PreparedStatement select = prepare(WORDS_MATCHING + " LIMIT " + rows,
                wordsMatchingParameters(collegeId, queryWord)); ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
                read++;
                if (words.add(rs.getString(1)) && words.size() > limit) {
                    return null;
                }
            }
        }
        return read == rows ? null : List.copyOf(words);
    }

    /** How many name words of students match {@code queryWord}, counted up to {@code limit}. */
    int countStudentWords(String queryWord, int limit) throws SQLException {
        String sql = "SELECT COUNT(*) FROM (SELECT 1 FROM student_name_word t WHERE t.college_id = ? AND t.word IN ("
                + WORDS_MATCHING + ") LIMIT " + limit + ") c";
        List<Object> parameters = new ArrayList<>();
        parameters.add(collegeId);
        parameters.addAll(wordsMatchingParameters(collegeId, queryWord));
        try (PreparedStatement count = prepare(sql, parameters); ResultSet rs = count.executeQuery()) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private PreparedStatement prepare(String sql, List<Object> parameters) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < parameters.size(); i++) {
            statement.setObject(i + 1, parameters.get(i));
        }
        return statement;
    }
}
