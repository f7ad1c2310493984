package org.studenthub.core.transfer;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.studenthub.core.db.Transactions;
import org.studenthub.core.security.Permission;
import org.studenthub.core.tenancy.CollegeContext;
import org.studenthub.core.transfer.csv.Cells;
import org.studenthub.core.transfer.csv.Column;
import org.studenthub.core.transfer.csv.ColumnSet;
import org.studenthub.core.transfer.jdbc.CodeMaps;
import org.studenthub.core.transfer.jdbc.DbColumn;
import org.studenthub.core.transfer.jdbc.TableUpsert;
import org.studenthub.core.transfer.jdbc.UpsertCounts;
import org.studenthub.core.transfer.jdbc.UpsertListener;
import org.studenthub.core.transfer.jdbc.UpsertRow;

/**
 * Imports enrolments from CSV. A row names the student by number and the section and term by
 * code within its academic year; it is upserted by (student, section, term).
 */
public final class EnrolmentImporter extends CsvImporter<EnrolmentImporter.Row> {
    /** The columns of an enrolments file. */
    public static final ColumnSet COLUMNS = new ColumnSet(List.of(
            Column.required(StudentColumns.NUMBER, "matricola", "student_no", "student_id", "number"),
            Column.required(StudentColumns.PROGRAMME, "programme_code", "program", "corso_di_studio", "corso"),
            Column.required(StudentColumns.YEAR, "anno_accademico", "year"),
            Column.required(StudentColumns.SECTION, "section_code", "class", "classe", "sezione"),
            Column.required("term", "term_code", "periodo", "semestre"),
            Column.optional("status", "stato"),
            Column.required("enrolled_on", "enrolment_date", "data_iscrizione")));
    static final Set<String> STATUSES = Set.of("ENROLLED", "COMPLETED", "WITHDRAWN", "SUSPENDED", "TRANSFERRED");
    private static final int CHUNK = 1_000;
    private static final TableUpsert TABLE = new TableUpsert("enrolment",
            List.of(DbColumn.id("student_id"), DbColumn.id("section_id"), DbColumn.id("term_id")),
            List.of(DbColumn.id("programme_id"), DbColumn.text("status"), DbColumn.date("enrolled_on")));

    /** A checked enrolment row; {@code studentId} is set once the number is resolved. */
    record Row(String studentNumber, Long studentId, long programmeId, long sectionId, long termId, String status,
            LocalDate enrolledOn) {
        Row withStudent(long id) {
            return new Row(studentNumber, id, programmeId, sectionId, termId, status, enrolledOn);
        }
    }

    public EnrolmentImporter(Transactions transactions) {
        super(transactions);
    }

    @Override
    protected Permission permission() {
        return Permission.STUDENT_IMPORT;
    }

    @Override
    protected ColumnSet columns() {
        return COLUMNS;
    }

    @Override
    protected Row parse(Cells cells, CodeMaps codes) {
        String number = cells.text(StudentColumns.NUMBER, 32, true);
        Long programme = cells.code(StudentColumns.PROGRAMME, codes.programmes(), true);
        Long year = Sections.year(cells, codes, true);
        Long section = year == null ? null : Sections.resolve(cells, codes, programme);
        String termCode = cells.text("term", 16, true);
        Long term = null;
        if (year != null && termCode != null) {
            term = codes.term(year, termCode);
            if (term == null) {
                cells.error("term", "import.cell.unknown_term", termCode, cells.raw(StudentColumns.YEAR));
            }
        }
        String status = cells.choice("status", STATUSES, "ENROLLED");
        LocalDate enrolledOn = cells.date("enrolled_on", true);
        if (number == null || programme == null || section == null || term == null || status == null
                || enrolledOn == null) {
            return null;
        }
        return new Row(number, null, programme, section, term, status, enrolledOn);
    }

    @Override
    protected void resolve(Connection connection, long collegeId, List<Parsed<Row>> rows) throws SQLException {
        Set<String> numbers = new LinkedHashSet<>();
        rows.stream().filter(r -> r.value() != null).forEach(r -> numbers.add(r.value().studentNumber()));
        Map<String, Long> ids = studentIds(connection, collegeId, new ArrayList<>(numbers));
        for (Parsed<Row> row : rows) {
            if (row.value() != null) {
                Long id = ids.get(row.value().studentNumber());
                if (id == null) {
                    row.reject(StudentColumns.NUMBER, "import.cell.unknown_student", row.value().studentNumber());
                } else {
                    row.value = row.value().withStudent(id);
                }
            }
        }
    }

    private static Map<String, Long> studentIds(Connection connection, long collegeId, List<String> numbers)
            throws SQLException {
        Map<String, Long> ids = new HashMap<>(numbers.size() * 2);
        String sql = "SELECT student_number, id FROM student WHERE college_id = ? AND student_number IN ("
                + String.join(", ", Collections.nCopies(CHUNK, "?")) + ")";
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            for (int start = 0; start < numbers.size(); start += CHUNK) {
                select.setLong(1, collegeId);
                for (int i = 0; i < CHUNK; i++) {
                    select.setString(i + 2, numbers.get(Math.min(start + i, numbers.size() - 1)));
                }
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        ids.put(rs.getString(1), rs.getLong(2));
                    }
                }
            }
        }
        return ids;
    }

    @Override
    protected String uniqueKey(Row row) {
        return row.studentNumber() + "/" + row.sectionId() + "/" + row.termId();
    }

    @Override
    protected String uniqueKeyColumn() {
        return StudentColumns.NUMBER;
    }

    @Override
    protected UpsertCounts write(Connection connection, CollegeContext context, List<Row> rows) throws SQLException {
        List<UpsertRow> upserts = rows.stream().map(r -> new UpsertRow(List.of(r.studentId(), r.sectionId(), r.termId()),
                new Object[] {r.programmeId(), r.status(), r.enrolledOn()})).toList();
        return TABLE.upsert(connection, context, upserts, UpsertListener.NONE);
    }
}
