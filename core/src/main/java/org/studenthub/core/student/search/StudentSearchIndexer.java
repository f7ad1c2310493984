package org.studenthub.core.student.search;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.studenthub.core.common.NameKeys;
import org.studenthub.core.db.Vendor;

/**
 * Keeps the student search index in step with students' folded names ({@code student.name_key}).
 * It is the one place that writes {@code student_name_word} (one row per word of a student's name)
 * and {@code student_name_fragment} (the college's vocabulary of name words and their suffixes);
 * see ADR 0011.
 *
 * <p>Every writer of student names calls it once, in its own transaction, after writing the
 * students: the student service after each create or rename, the CSV import and the demo
 * generator once per batch of students. A call costs a few set-based statements per run of
 * consecutive ids, whatever the number of students in the run: their old words are deleted,
 * their current words are read from {@code student.name_key} and inserted, and the words new to
 * the college (a handful, once the college has some students) are added to its vocabulary.
 * Indexing a student whose name did not change is harmless.
 */
public final class StudentSearchIndexer {
    private static final int BATCH = 1_000;

    private StudentSearchIndexer() {}

    /**
     * (Re)indexes the college's students with these ids; ids of other colleges are ignored. Ids
     * are handled in runs of consecutive values, so the ids of freshly inserted rows cost one run.
     */
    public static void index(Connection connection, long collegeId, Collection<Long> studentIds) throws SQLException {
        long[] ids = studentIds.stream().mapToLong(Long::longValue).sorted().distinct().toArray();
        int start = 0;
        for (int i = 1; i <= ids.length; i++) {
            if (i == ids.length || ids[i] != ids[i - 1] + 1) {
                indexRange(connection, collegeId, ids[start], ids[i - 1]);
                start = i;
            }
        }
    }

    /**
     * (Re)indexes the college's students whose ids lie between {@code firstId} and {@code lastId}
     * (inclusive): for bulk writers that have just inserted a run of students.
     */
    public static void indexRange(Connection connection, long collegeId, long firstId, long lastId)
            throws SQLException {
        if (firstId > lastId) {
            return;
        }
        IndexSql sql = new IndexSql(Vendor.fromProductName(connection.getMetaData().getDatabaseProductName()));
        execute(connection, sql.deleteWords(), collegeId, firstId, lastId);
        execute(connection, sql.insertWords(), collegeId, firstId, lastId);
        List<String> newWords = new ArrayList<>();
        try (PreparedStatement select = prepare(connection, sql.newWords(), collegeId, firstId, lastId);
                ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
                newWords.add(rs.getString(1));
            }
        }
        addToVocabulary(connection, collegeId, newWords);
    }

    /** Each word and each of its suffixes of at least {@link NameKeys#MIN_SUBSTRING} characters. */
    private static void addToVocabulary(Connection connection, long collegeId, List<String> words)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO student_name_fragment (college_id, fragment, word) VALUES (?, ?, ?)")) {
            int pending = 0;
            for (String word : words) {
                for (int start = 0; start == 0 || start + NameKeys.MIN_SUBSTRING <= word.length(); start++) {
                    insert.setLong(1, collegeId);
                    insert.setString(2, word.substring(start));
                    insert.setString(3, word);
                    insert.addBatch();
                    if (++pending == BATCH) {
                        insert.executeBatch();
                        pending = 0;
                    }
                }
            }
            if (pending > 0) {
                insert.executeBatch();
            }
        }
    }

    private static void execute(Connection connection, String sql, long collegeId, long firstId, long lastId)
            throws SQLException {
        try (PreparedStatement statement = prepare(connection, sql, collegeId, firstId, lastId)) {
            statement.executeUpdate();
        }
    }

    private static PreparedStatement prepare(Connection connection, String sql, long collegeId, long firstId,
                                             long lastId) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        statement.setLong(1, collegeId);
        statement.setLong(2, firstId);
        statement.setLong(3, lastId);
        return statement;
    }

    /**
     * The statements for one vendor; each takes the college and the first and last id. Words are
     * the space-separated parts of {@code name_key}, which {@code NameKeys} keeps free of leading,
     * trailing and double spaces; a name key holds at most 310 characters, so at most 155 words.
     *
     * <p>The college is compared as {@code college_id + 0}, which no index can serve, so both
     * databases read the id range from the id index. Given a plain {@code college_id = ?}, H2
     * prefers an index that starts with the college (the word table's primary key, the student
     * name index) and walks the whole college.
     */
    private record IndexSql(Vendor vendor) {
        private static final String IN_RANGE = " WHERE %s.college_id + 0 = ? AND %s BETWEEN ? AND ?";

        String deleteWords() {
            return "DELETE FROM student_name_word t" + IN_RANGE.formatted("t", "t.student_id");
        }

        String insertWords() {
            String wordsOfNames = vendor == Vendor.POSTGRESQL
                    ? " w.word, s.name_key, s.id FROM student s"
                    + " CROSS JOIN LATERAL unnest(string_to_array(s.name_key, ' ')) AS w(word)"
                    : " REGEXP_SUBSTR(s.name_key, '[^ ]+', 1, CAST(w.X AS INTEGER)), s.name_key, s.id FROM student s"
                    + " JOIN SYSTEM_RANGE(1, 160) w ON w.X <= CASE WHEN s.name_key = '' THEN 0"
                    + " ELSE LENGTH(s.name_key) - LENGTH(REPLACE(s.name_key, ' ', '')) + 1 END";
            return "INSERT INTO student_name_word (college_id, word, name_key, student_id)"
                    + " SELECT DISTINCT s.college_id," + wordsOfNames + IN_RANGE.formatted("s", "s.id");
        }

        /** The students' words that the college's vocabulary does not have yet. */
        String newWords() {
            return "SELECT v.word FROM (SELECT DISTINCT t.college_id, t.word FROM student_name_word t"
                    + IN_RANGE.formatted("t", "t.student_id") + ") v"
                    + " WHERE NOT EXISTS (SELECT 1 FROM student_name_fragment f WHERE f.college_id = v.college_id"
                    + " AND f.fragment = v.word AND f.word = v.word)";
        }
    }
}
