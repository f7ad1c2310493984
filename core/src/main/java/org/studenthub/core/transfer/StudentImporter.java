package org.studenthub.core.transfer;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.studenthub.core.common.NameKeys;
import org.studenthub.core.db.Transactions;
import org.studenthub.core.student.search.StudentSearchIndexer;
import org.studenthub.core.transfer.csv.Cells;
import org.studenthub.core.transfer.csv.ColumnSet;
import org.studenthub.core.transfer.jdbc.CodeMaps;
import org.studenthub.core.transfer.jdbc.DbColumn;
import org.studenthub.core.transfer.jdbc.TableUpsert;
import org.studenthub.core.transfer.jdbc.UpsertCounts;
import org.studenthub.core.transfer.jdbc.UpsertListener;
import org.studenthub.core.transfer.jdbc.UpsertRow;

import static org.studenthub.core.transfer.StudentColumns.*;

/**
 * Imports students from CSV, upserting by student number. Sections resolve within the
 * {@code academic_year} column's year, or the college's CURRENT year when that column is empty.
 * Names keep {@code name_key} and the search index in step, in the import's transaction.
 */
public final class StudentImporter extends CsvImporter<UpsertRow> {
    static final Set<String> STATUSES = Set.of("ACTIVE", "SUSPENDED", "WITHDRAWN", "GRADUATED");
    private static final int NAME_KEY = 3;
    private static final TableUpsert TABLE = new TableUpsert("student", List.of(DbColumn.text("student_number")),
            List.of(DbColumn.text("given_name"), DbColumn.text("family_name"), DbColumn.text("preferred_name"),
                    DbColumn.text("name_key"), DbColumn.date("date_of_birth"), DbColumn.text("email"),
                    DbColumn.text("phone"), DbColumn.text("address_line"), DbColumn.text("city"),
                    DbColumn.text("postal_code"), DbColumn.text("country_code"), DbColumn.text("status"),
                    DbColumn.date("admission_date"), DbColumn.id("programme_id"), DbColumn.id("section_id")));

    public StudentImporter(Transactions transactions) {
        super(transactions);
    }

    @Override
    protected ColumnSet columns() {
        return StudentColumns.SET;
    }

    @Override
    protected UpsertRow parse(Cells cells, CodeMaps codes) {
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
    protected UpsertCounts write(Connection connection, long collegeId, List<UpsertRow> rows) throws SQLException {
        List<Long> renamed = new ArrayList<>();
        UpsertCounts counts = TABLE.upsert(connection, collegeId, rows, new UpsertListener() {
            @Override
            public void inserted(long id, UpsertRow row) {
                renamed.add(id);
            }

            @Override
            public void updated(long id, UpsertRow row, Object[] before) {
                if (!Objects.equals(before[NAME_KEY], row.data()[NAME_KEY])) {
                    renamed.add(id);
                }
            }
        });
        StudentSearchIndexer.index(connection, collegeId, renamed);
        return counts;
    }
}
