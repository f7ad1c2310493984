package org.studenthub.core.transfer.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.studenthub.core.db.Vendor;

/**
 * Writes the checked rows of a students file for one college, in the caller's transaction:
 * inserts students whose number is new, updates those whose values changed (version + 1, new
 * {@code updated_at}) and leaves identical ones alone, keeping the search structures in step.
 * Each database has its own fastest way, chosen by {@link #forVendor(Vendor)}.
 */
public interface StudentWriter {
    /** Writes {@code rows} (student numbers unique within the list) and counts what happened. */
    UpsertCounts write(Connection connection, long collegeId, List<StudentImportRow> rows) throws SQLException;

    /** The writer for {@code vendor}. */
    static StudentWriter forVendor(Vendor vendor) {
        return switch (vendor) {
            case POSTGRESQL -> new PostgresStagedStudentWriter();
            case H2 -> new H2StudentWriter();
        };
    }
}
