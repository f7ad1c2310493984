package org.studenthub.core.student.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.studenthub.core.common.NameKeys;
import org.studenthub.core.common.PageRequest;
import org.studenthub.core.student.StudentFixtures;
import org.studenthub.core.tenancy.CollegeContext;
import org.studenthub.core.testing.DatabaseTest;
import org.studenthub.core.testing.TestDatabase;

/** The contract bulk writers rely on: write students with plain SQL, then index them in one call. */
class StudentSearchIndexerTest {

    @DatabaseTest
    void studentsWrittenInBulkAreFoundOnceTheirIdRangeIsIndexed(TestDatabase db) {
        CollegeContext college = db.newCollege();
        long programme = StudentFixtures.academic(db, college).programme();
        long first = insert(db, college, programme, "B1", "Giosuè", "D'Angelo");
        long last = insert(db, college, programme, "B2", "Anna", "Rossi Bianchi");

        assertThat(numbers(db, college, "angelo")).isEmpty();
        db.transactions().jdbcInCollege(college, c -> {
            StudentSearchIndexer.indexRange(c, college.collegeId(), first, last);
            return null;
        });

        assertThat(numbers(db, college, "giosue d")).containsExactly("B1");
        assertThat(numbers(db, college, "bian")).containsExactly("B2");
        assertThat(numbers(db, college, "ssi")).containsExactly("B2");
    }

    @DatabaseTest
    void reindexingAfterARenameReplacesTheOldWordsAndRepeatingItChangesNothing(TestDatabase db) {
        CollegeContext college = db.newCollege();
        long programme = StudentFixtures.academic(db, college).programme();
        long id = insert(db, college, programme, "B1", "Marco", "Rossi");
        index(db, college, id);
        db.transactions().jdbcInCollege(college, c -> {
            try (PreparedStatement rename = c.prepareStatement("UPDATE student SET family_name = 'Ferrara',"
                    + " name_key = 'ferrara marco' WHERE id = ?")) {
                rename.setLong(1, id);
                rename.executeUpdate();
            }
            return null;
        });

        index(db, college, id);
        index(db, college, id);

        assertThat(numbers(db, college, "rossi")).isEmpty();
        assertThat(numbers(db, college, "ferr marco")).containsExactly("B1");
        assertThat(count(db, college, "SELECT COUNT(*) FROM student_name_word WHERE college_id = ?")).isEqualTo(2);
    }

    @DatabaseTest
    void anotherCollegesStudentsInTheRangeAreLeftAlone(TestDatabase db) {
        CollegeContext a = db.newCollege();
        CollegeContext b = db.newCollege();
        long first = insert(db, a, StudentFixtures.academic(db, a).programme(), "A1", "Marco", "Rossi");
        long last = insert(db, b, StudentFixtures.academic(db, b).programme(), "B1", "Maria", "Rossi");

        db.transactions().jdbcInCollege(a, c -> {
            StudentSearchIndexer.indexRange(c, a.collegeId(), first, last);
            return null;
        });

        assertThat(numbers(db, a, "rossi")).containsExactly("A1");
        assertThat(count(db, b, "SELECT COUNT(*) FROM student_name_word WHERE college_id = ?")).isZero();
        assertThat(count(db, b, "SELECT COUNT(*) FROM student_name_fragment WHERE college_id = ?")).isZero();
    }

    private static void index(TestDatabase db, CollegeContext college, long id) {
        db.transactions().jdbcInCollege(college, c -> {
            StudentSearchIndexer.index(c, college.collegeId(), List.of(id));
            return null;
        });
    }

    /** A student row as a bulk writer writes it: plain SQL, name key folded, no index entries. */
    private static long insert(TestDatabase db, CollegeContext college, long programme, String number, String given,
                               String family) {
        return db.transactions().jdbcInCollege(college, c -> {
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO student (college_id, student_number,"
                    + " given_name, family_name, name_key, admission_date, programme_id)"
                    + " VALUES (?, ?, ?, ?, ?, DATE '2024-09-01', ?)", new String[] {"id"})) {
                insert.setLong(1, college.collegeId());
                insert.setString(2, number);
                insert.setString(3, given);
                insert.setString(4, family);
                insert.setString(5, NameKeys.personKey(family, given, null));
                insert.setLong(6, programme);
                insert.executeUpdate();
                try (ResultSet keys = insert.getGeneratedKeys()) {
                    keys.next();
                    return keys.getLong(1);
                }
            }
        });
    }

    private static long count(TestDatabase db, CollegeContext college, String sql) {
        return db.transactions().jdbcInCollege(college, c -> query(c, sql, college.collegeId()));
    }

    private static long query(Connection c, String sql, long collegeId) throws SQLException {
        try (PreparedStatement count = c.prepareStatement(sql)) {
            count.setLong(1, collegeId);
            try (ResultSet rs = count.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static List<String> numbers(TestDatabase db, CollegeContext college, String text) {
        return new StudentSearch(db.transactions()).search(college, StudentQuery.of(text), new PageRequest(50, null))
                .items().stream().map(StudentRow::studentNumber).toList();
    }
}
