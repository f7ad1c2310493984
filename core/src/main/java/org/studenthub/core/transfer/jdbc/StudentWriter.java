package org.studenthub.core.transfer.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.studenthub.core.db.Vendor;
import org.studenthub.core.tenancy.CollegeContext;

/**
 * Writes the checked rows of a students file for one college, in the caller's transaction:
 * inserts students whose number is new, updates those whose values changed (version + 1, new
 * {@code updated_at}) and leaves identical ones alone, keeping the search structures in step.
 * Every insert and update is audited (ADR 0008). Each database has its own fastest way, chosen by
 * {@link #forVendor(Vendor)}.
 */
public interface StudentWriter {
    /** Writes {@code rows} (student numbers unique within the list) into the college and counts what happened. */
    UpsertCounts write(Connection connection, CollegeContext context, List<StudentImportRow> rows)
            throws SQLException;

    /** The writer for {@code vendor}. */
    static StudentWriter forVendor(Vendor vendor) {
        return switch (vendor) {
            case POSTGRESQL -> new PostgresStagedStudentWriter();
            case H2 -> new H2StudentWriter();
        };
    }
}
