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
 * filters, one keyset page at a time, reading where it can one page of index entries per matching
 * name word, however many students match. See {@link StudentQuery} for the matching rules and
 * {@link SearchPlan} (and ADR 0011) for how a page is read. Only students in the scope of the caller's
 * STUDENT_READ permission are found; the scope is part of the query.
 */
public final class StudentSearch {
    private final Transactions transactions;
    private final SearchPlan.Limits limits;

    public StudentSearch(Transactions transactions) {
        this(transactions, SearchPlan.Limits.DEFAULT);
    }

    /** With other thresholds, so tests can reach every plan with a handful of students. */
    StudentSearch(Transactions transactions, SearchPlan.Limits limits) {
        this.transactions = transactions;
        this.limits = limits;
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
            SearchSql sql = new SearchPlan(vendor, context.collegeId(), scope, query, terms, sort, cursor,
                    page.limit() + 1, limits).select(connection);
            return sql == null ? new Page<>(List.of(), null) : read(connection, sql, page.limit(), sort);
        });
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
