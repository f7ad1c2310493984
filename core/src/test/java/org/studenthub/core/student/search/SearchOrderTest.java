package org.studenthub.core.student.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import org.studenthub.core.db.Vendor;
import org.studenthub.core.testing.DatabaseTest;
import org.studenthub.core.testing.TestDatabase;
import org.studenthub.core.tenancy.CollegeContext;

/**
 * The student list's first page in name or number order is read from the list index in order and stops after one
 * page, on a college of any size: H2 says so in its plan ("index sorted"); on PostgreSQL the same statement runs.
 */
class SearchOrderTest {

    @DatabaseTest
    void theFirstPageInNumberOrderWalksTheNumberIndex(TestDatabase db) throws Exception {
        assertReadInIndexOrder(db, StudentSort.NUMBER, "ix_student_number_prefix");
    }

    @DatabaseTest
    void theFirstPageInNameOrderWalksTheNameIndex(TestDatabase db) throws Exception {
        assertReadInIndexOrder(db, StudentSort.NAME, "ix_student_name_key");
    }

    private static void assertReadInIndexOrder(TestDatabase db, StudentSort sort, String index) throws Exception {
        CollegeContext college = db.newCollege();
        boolean h2 = db.vendor() == Vendor.H2;
        SearchSql select = SearchSql.students(db.vendor(), sort, college.collegeId(), h2 ? index : null)
                .orderAndLimit(101);
        try (Connection c = db.database().dataSource().getConnection();
             PreparedStatement explain = c.prepareStatement("EXPLAIN " + select.sql())) {
            List<Object> parameters = select.parameters();
            for (int i = 0; i < parameters.size(); i++) {
                explain.setObject(i + 1, parameters.get(i));
            }
            StringBuilder plan = new StringBuilder();
            try (ResultSet rs = explain.executeQuery()) {
                while (rs.next()) {
                    plan.append(rs.getString(1)).append('\n');
                }
            }
            if (h2) {
                assertThat(plan.toString()).containsIgnoringCase(index).contains("index sorted");
            } else {
                assertThat(plan.toString()).contains("Limit");
            }
        }
    }
}
