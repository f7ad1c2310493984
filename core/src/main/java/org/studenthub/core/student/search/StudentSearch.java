package org.studenthub.core.student.search;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.studenthub.core.common.Page;
import org.studenthub.core.common.PageRequest;
import org.studenthub.core.common.Validation;
import org.studenthub.core.db.Transactions;
import org.studenthub.core.db.Vendor;
import org.studenthub.core.security.Permission;
import org.studenthub.core.security.StudentScope;
import org.studenthub.core.student.StudentStatus;
import org.studenthub.core.tenancy.CollegeContext;

/**
 * Finds students of one college by number or name, with optional programme, section and status
 * filters, one keyset page at a time: a page reads at most its own rows (plus one to know whether
 * more follow), however many students match. See {@link StudentQuery} for the matching rules. Only
 * students in the scope of the caller's STUDENT_READ permission are found; the scope is part of the query.
 */
public final class StudentSearch {
    /**
     * H2: a word with at most this many fragment rows is searched through its candidates (then
     * sorted); a more common word is searched by walking the name order, where matches are dense.
     */
    static final int CANDIDATE_LIMIT = 2_000;

    private final Transactions transactions;

    public StudentSearch(Transactions transactions) {
        this.transactions = transactions;
    }

    public Page<StudentRow> search(CollegeContext context, StudentQuery query, PageRequest page) {
        CollegeContext.require(context, Permission.STUDENT_READ);
        Validation.check(page);
        StudentScope scope = StudentScope.of(context, Permission.STUDENT_READ);
        SearchTerms terms = SearchTerms.parse(query.text());
        StudentSort sort = terms.isNumber() ? StudentSort.NUMBER : query.sort();
        SearchCursor cursor = page.after() == null ? null : SearchCursor.decode(page.after(), sort);
        return transactions.jdbcInCollege(context, connection -> {
            Vendor vendor = Vendor.fromProductName(connection.getMetaData().getDatabaseProductName());
            long collegeId = context.collegeId();
            SearchSql sql = new SearchSql(vendor, sort);
            String candidatesOf = null;
            // a section, mentees or oneself are a few students: let H2 start from them
            if (vendor == Vendor.H2 && query.sectionId() == null && !scope.fewStudents()) {
                candidatesOf = rarestWord(connection, collegeId, terms.words());
                if (candidatesOf == null) {
                    sql.useIndex(sort == StudentSort.NUMBER ? "ix_student_number_prefix" : "ix_student_name_key");
                }
            }
            sql.where(collegeId).inScope(scope);
            if (terms.isNumber()) {
                sql.numberStartsWith(terms.numberPrefix());
            }
            terms.words().forEach(sql::nameWord);
            if (candidatesOf != null) {
                sql.fragmentCandidates(collegeId, candidatesOf);
            }
            sql.equal("programme_id", query.programmeId()).equal("section_id", query.sectionId())
                    .equal("status", query.status())
                    .after(cursor)
                    .orderAndLimit(page.limit() + 1);
            return read(connection, sql, page.limit(), sort);
        });
    }

    /** H2: the name word with fewest fragment rows, if it has at most {@link #CANDIDATE_LIMIT}. */
    private static String rarestWord(Connection connection, long collegeId, List<String> words) throws SQLException {
        String rarest = null;
        int fewest = CANDIDATE_LIMIT + 1;
        for (String word : words) {
            int count = countFragments(connection, collegeId, word);
            if (count < fewest) {
                fewest = count;
                rarest = word;
            }
        }
        return rarest;
    }

    private static int countFragments(Connection connection, long collegeId, String word) throws SQLException {
        String sql = "SELECT COUNT(*) FROM (SELECT 1 FROM student_search_fragment WHERE college_id = ?"
                + " AND fragment >= ? AND fragment < ?" + (SearchTerms.prefixOnly(word) ? " AND word_start = TRUE" : "")
                + " LIMIT " + (CANDIDATE_LIMIT + 1) + ") probe";
        try (PreparedStatement count = connection.prepareStatement(sql)) {
            count.setLong(1, collegeId);
            count.setString(2, word);
            count.setString(3, SearchTerms.upperBound(word));
            try (ResultSet rs = count.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
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
