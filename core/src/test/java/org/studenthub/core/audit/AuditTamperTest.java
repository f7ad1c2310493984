package org.studenthub.core.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.studenthub.core.audit.AuditFixtures.tamper;
import static org.studenthub.core.audit.AuditFixtures.verify;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import org.studenthub.core.audit.AuditVerification.Break;
import org.studenthub.core.department.DepartmentChanges;
import org.studenthub.core.department.DepartmentService;
import org.studenthub.core.department.DepartmentView;
import org.studenthub.core.department.NewDepartment;
import org.studenthub.core.tenancy.CollegeContext;
import org.studenthub.core.testing.DatabaseTest;
import org.studenthub.core.testing.TestDatabase;

/**
 * Whoever can write the audit tables directly (an owner, a superuser, someone with the database file) can
 * change them, but not without {@code audit verify} noticing: every tamper is detected and the first broken
 * row is named. The chain below has six links after creating the college: the college, departments A-D and an
 * update. Creating a college also writes its default role-permission matrix as one link, so the tests number
 * rows as if that link were not there ({@link Chain#seq}): 1 the college, 2-5 departments A-D, 6 the update.
 */
class AuditTamperTest {

    @DatabaseTest
    void untouchedChainVerifies(TestDatabase db) {
        Chain chain = chainOfSix(db);

        AuditVerification result = verify(db, chain.college());

        assertThat(result.intact()).isTrue();
        assertThat(result.rows()).isEqualTo(chain.seq(6));
        assertThat(result.headSeq()).isEqualTo(chain.seq(6));
    }

    @DatabaseTest
    void editedMetadataBreaksTheChainAtThatRow(TestDatabase db) {
        Chain chain = chainOfSix(db);

        tamper(db, update(chain, 3, "actor = 'someone else'"));

        assertBrokenAt(db, chain, 3, "audit.verify.hash");
    }

    @DatabaseTest
    void editedPayloadNoLongerMatchesItsDigest(TestDatabase db) {
        Chain chain = chainOfSix(db);

        tamper(db, update(chain, 3, "changes = '{\"after\":{\"code\":\"X\"}}'"));

        assertBrokenAt(db, chain, 3, "audit.verify.payload");
    }

    @DatabaseTest
    void editedPayloadWithARecomputedDigestBreaksTheChain(TestDatabase db) {
        Chain chain = chainOfSix(db);
        String forged = "{\"after\":{\"code\":\"X\"}}";

        tamper(db, update(chain, 3, "changes = '" + forged + "', payload_sha256 = '" + AuditLine.sha256(forged) + "'"));

        assertBrokenAt(db, chain, 3, "audit.verify.hash");
    }

    @DatabaseTest
    void deletedRowIsNamedAsMissing(TestDatabase db) {
        Chain chain = chainOfSix(db);

        tamper(db, "DELETE FROM audit_event WHERE college_id = " + chain.college().collegeId() + " AND seq = "
                + chain.seq(4));

        assertBrokenAt(db, chain, 4, "audit.verify.missing");
    }

    @DatabaseTest
    void reorderedRowsBreakTheChainAtTheFirstMovedRow(TestDatabase db) {
        Chain chain = chainOfSix(db);

        tamper(db, update(chain, 3, "seq = -3"), update(chain, 4, "seq = " + chain.seq(3)),
                "UPDATE audit_event SET seq = " + chain.seq(4) + " WHERE college_id = " + chain.college().collegeId()
                        + " AND seq = -3");

        assertBrokenAt(db, chain, 3, "audit.verify.previous");
    }

    @DatabaseTest
    void truncatedTailIsDetectedByTheHead(TestDatabase db) {
        Chain chain = chainOfSix(db);

        tamper(db, "DELETE FROM audit_event WHERE college_id = " + chain.college().collegeId() + " AND seq >= "
                + chain.seq(5));

        assertBrokenAt(db, chain, 5, "audit.verify.truncated");
    }

    @DatabaseTest
    void movingTheHeadBackLeavesRowsTheHeadDoesNotRecord(TestDatabase db) {
        Chain chain = chainOfSix(db);
        String hashOfFour = hashAt(db, chain, 4);

        tamper(db, "UPDATE audit_chain_head SET last_seq = " + chain.seq(4) + ", last_hash = '" + hashOfFour
                + "' WHERE college_id = " + chain.college().collegeId());

        assertBrokenAt(db, chain, 5, "audit.verify.beyond_head");
    }

    @DatabaseTest
    void editInsideARowGroupWrittenTogetherNamesTheGroupsFirstRow(TestDatabase db) {
        Chain chain = Chain.of(db, db.newCollege());
        CollegeContext college = chain.college();
        long[] ids = db.transactions().jdbcInCollege(college, connection -> {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO department (college_id, code, name)"
                    + " VALUES (?, 'A', 'A'), (?, 'B', 'B'), (?, 'C', 'C')")) {
                for (int i = 1; i <= 3; i++) {
                    insert.setLong(i, college.collegeId());
                }
                insert.executeUpdate();
            }
            long[] written = idsOfDepartments(connection, college);
            Audit.insertedRows(connection, college, "department", written);
            return written;
        });
        assertThat(ids).hasSize(3);
        assertThat(verify(db, college).intact()).isTrue();

        tamper(db, update(chain, 3, "row_id = 999999"));

        assertBrokenAt(db, chain, 2, "audit.verify.link_hash");
    }

    private static void assertBrokenAt(TestDatabase db, Chain chain, long seq, String reason) {
        AuditVerification result = verify(db, chain.college());
        assertThat(result.broken()).as("verification of a tampered chain").isPresent();
        Break broken = result.broken().get();
        assertThat(broken.seq()).isEqualTo(chain.seq(seq));
        assertThat(broken.reason()).isEqualTo(reason);
    }

    /** The college (seq 1), departments A-D (2-5) and a rename of A (6), each its own link. */
    private static Chain chainOfSix(TestDatabase db) {
        Chain chain = Chain.of(db, db.newCollege());
        CollegeContext college = chain.college();
        DepartmentService departments = new DepartmentService(db.transactions());
        DepartmentView first = departments.create(college, new NewDepartment("A", "Department A"));
        for (String code : new String[] {"B", "C", "D"}) {
            departments.create(college, new NewDepartment(code, "Department " + code));
        }
        departments.update(college, first.id(), new DepartmentChanges(first.version(), "Renamed A", null));
        return chain;
    }

    private static String update(Chain chain, long seq, String set) {
        return "UPDATE audit_event SET " + set + " WHERE college_id = " + chain.college().collegeId() + " AND seq = "
                + chain.seq(seq);
    }

    private static String hashAt(TestDatabase db, Chain chain, long seq) {
        return db.transactions().jdbcInCollege(chain.college(), connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT hash FROM audit_event WHERE college_id = ? AND seq = ?")) {
                select.setLong(1, chain.college().collegeId());
                select.setLong(2, chain.seq(seq));
                try (ResultSet rs = select.executeQuery()) {
                    rs.next();
                    return rs.getString(1);
                }
            }
        });
    }

    private static long[] idsOfDepartments(java.sql.Connection connection, CollegeContext college)
            throws java.sql.SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT id FROM department WHERE college_id = ? ORDER BY id")) {
            select.setLong(1, college.collegeId());
            try (ResultSet rs = select.executeQuery()) {
                java.util.List<Long> ids = new java.util.ArrayList<>();
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
                return ids.stream().mapToLong(Long::longValue).toArray();
            }
        }
    }

    /**
     * A new college's chain, numbered as if creating the college wrote one row: the default matrix it also
     * writes (one link right after the college's row) is skipped.
     */
    private record Chain(CollegeContext college, long matrixRows) {
        static Chain of(TestDatabase db, CollegeContext college) {
            return new Chain(college, verify(db, college).headSeq() - 1);
        }

        /** The stored seq of the chain's {@code n}th row after the matrix (1: the college itself). */
        long seq(long n) {
            return n <= 1 ? n : n + matrixRows;
        }
    }
}
