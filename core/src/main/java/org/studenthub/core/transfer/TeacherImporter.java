package org.studenthub.core.transfer;

import static org.studenthub.core.transfer.TeacherColumns.*;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import org.studenthub.core.common.NameKeys;
import org.studenthub.core.db.Transactions;
import org.studenthub.core.security.Permission;
import org.studenthub.core.tenancy.CollegeContext;
import org.studenthub.core.transfer.csv.Cells;
import org.studenthub.core.transfer.csv.ColumnSet;
import org.studenthub.core.transfer.jdbc.CodeMaps;
import org.studenthub.core.transfer.jdbc.DbColumn;
import org.studenthub.core.transfer.jdbc.TableUpsert;
import org.studenthub.core.transfer.jdbc.UpsertCounts;
import org.studenthub.core.transfer.jdbc.UpsertListener;
import org.studenthub.core.transfer.jdbc.UpsertRow;

/** Imports teachers from CSV, upserting by staff number and keeping {@code name_key} in step. */
public final class TeacherImporter extends CsvImporter<UpsertRow> {
    static final Set<String> STATUSES = Set.of("ACTIVE", "ON_LEAVE", "LEFT", "RETIRED");
    private static final TableUpsert TABLE = new TableUpsert("teacher", List.of(DbColumn.text("staff_number")),
            List.of(DbColumn.text("given_name"), DbColumn.text("family_name"), DbColumn.text("name_key"),
                    DbColumn.text("title"), DbColumn.text("email"), DbColumn.text("phone"),
                    DbColumn.id("department_id"), DbColumn.text("status"), DbColumn.date("hired_on")));

    public TeacherImporter(Transactions transactions) {
        super(transactions);
    }

    @Override
    protected Permission permission() {
        return Permission.RECORDS_WRITE;
    }

    @Override
    protected ColumnSet columns() {
        return TeacherColumns.SET;
    }

    @Override
    protected UpsertRow parse(Cells cells, CodeMaps codes) {
        String number = cells.text(NUMBER, 32, true);
        String given = cells.text(GIVEN, 100, true);
        String family = cells.text(FAMILY, 100, true);
        Object[] data = {given, family, NameKeys.personKey(family, given, null), cells.text(TITLE, 32, false),
                cells.email(EMAIL), cells.text(PHONE, 32, false), cells.code(DEPARTMENT, codes.departments(), true),
                cells.choice(STATUS, STATUSES, "ACTIVE"), cells.date(HIRED, false)};
        return new UpsertRow(List.of(number == null ? "" : number), data);
    }

    @Override
    protected String uniqueKey(UpsertRow row) {
        return (String) row.key().get(0);
    }

    @Override
    protected String uniqueKeyColumn() {
        return NUMBER;
    }

    @Override
    protected UpsertCounts write(Connection connection, CollegeContext context, List<UpsertRow> rows)
            throws SQLException {
        return TABLE.upsert(connection, context, rows, UpsertListener.NONE);
    }
}
