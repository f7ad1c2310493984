package org.studenthub.core.transfer;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.studenthub.core.common.NameKeys;
import org.studenthub.core.db.Transactions;
import org.studenthub.core.db.Vendor;
import org.studenthub.core.security.Permission;
import org.studenthub.core.tenancy.CollegeContext;
import org.studenthub.core.transfer.csv.Cells;
import org.studenthub.core.transfer.csv.ColumnSet;
import org.studenthub.core.transfer.jdbc.CodeMaps;
import org.studenthub.core.transfer.jdbc.StudentImportRow;
import org.studenthub.core.transfer.jdbc.StudentWriter;
import org.studenthub.core.transfer.jdbc.UpsertCounts;

import static org.studenthub.core.transfer.StudentColumns.*;

/**
 * Imports students from CSV, upserting by student number. Sections resolve within the
 * {@code academic_year} column's year, or the college's CURRENT year when that column is empty.
 * Names keep {@code name_key} and the search structures in step, in the import's transaction.
 * The rows are written by the {@link StudentWriter} of the database in use.
 */
public final class StudentImporter extends CsvImporter<StudentImportRow> {
    static final Set<String> STATUSES = Set.of("ACTIVE", "SUSPENDED", "WITHDRAWN", "GRADUATED");

    public StudentImporter(Transactions transactions) {
        super(transactions);
    }

    @Override
    protected Permission permission() {
        return Permission.STUDENT_IMPORT;
    }

    @Override
    protected ColumnSet columns() {
        return StudentColumns.SET;
    }

    @Override
    protected StudentImportRow parse(Cells cells, CodeMaps codes) {
        String number = cells.text(NUMBER, 32, true);
        String given = cells.text(GIVEN, 100, true);
        String family = cells.text(FAMILY, 100, true);
        String preferred = cells.text(PREFERRED, 100, false);
        LocalDate birth = cells.date(BIRTH, false);
        LocalDate admission = cells.date(ADMISSION, true);
        if (birth != null && admission != null && !birth.isBefore(admission)) {
            cells.error(BIRTH, "import.cell.birth_after_admission", birth, admission);
        }
        Long programme = cells.code(PROGRAMME, codes.programmes(), true);
        Long section = Sections.resolve(cells, codes, programme);
        Object[] data = {given, family, preferred, NameKeys.personKey(family, given, preferred), birth,
                cells.email(EMAIL), cells.text(PHONE, 32, false), cells.text(ADDRESS, 200, false),
                cells.text(CITY, 100, false), cells.text(POSTAL, 16, false), cells.country(COUNTRY),
                cells.choice(STATUS, STATUSES, "ACTIVE"), admission, programme, section};
        return new StudentImportRow(number == null ? "" : number, data);
    }

    @Override
    protected String uniqueKey(StudentImportRow row) {
        return row.studentNumber();
    }

    @Override
    protected String uniqueKeyColumn() {
        return NUMBER;
    }

    @Override
    protected UpsertCounts write(Connection connection, CollegeContext context, List<StudentImportRow> rows)
            throws SQLException {
        Vendor vendor = Vendor.fromProductName(connection.getMetaData().getDatabaseProductName());
        return StudentWriter.forVendor(vendor).write(connection, context, rows);
    }
}
