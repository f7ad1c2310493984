package org.studenthub.core.transfer;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.studenthub.core.audit.Audit;
import org.studenthub.core.common.StudentHubException;
import org.studenthub.core.db.Transactions;
import org.studenthub.core.security.Permission;
import org.studenthub.core.tenancy.CollegeContext;
import org.studenthub.core.transfer.csv.AtomicFiles;
import org.studenthub.core.transfer.csv.ColumnSet;
import org.studenthub.core.transfer.csv.SpreadsheetSafety;

/**
 * Exports students and teachers to CSV with the import's column names, so importing an export
 * changes nothing. Rows are read in keyset pages (never the whole table at once), cells that a
 * spreadsheet would run as formulas are neutralised, and the file appears atomically. An export
 * takes the whole college, so its permission must reach the whole college.
 */
public final class CsvExporter {
    private static final Logger LOG = LoggerFactory.getLogger(CsvExporter.class);
    private static final int PAGE = 1_000;
    private static final String STUDENTS = "SELECT s.id, s.student_number, s.given_name, s.family_name, s.preferred_name,"
            + " s.date_of_birth, s.email, s.phone, s.address_line, s.city, s.postal_code, s.country_code, s.status,"
            + " s.admission_date, p.code, y.code, c.code FROM student s"
            + " JOIN programme p ON p.college_id = s.college_id AND p.id = s.programme_id"
            + " LEFT JOIN section c ON c.college_id = s.college_id AND c.id = s.section_id"
            + " LEFT JOIN academic_year y ON y.college_id = c.college_id AND y.id = c.academic_year_id"
            + " WHERE s.college_id = ? AND s.id > ? ORDER BY s.id FETCH FIRST " + PAGE + " ROWS ONLY";
    private static final String TEACHERS = "SELECT t.id, t.staff_number, t.given_name, t.family_name, t.title,"
            + " t.email, t.phone, d.code, t.status, t.hired_on FROM teacher t"
            + " JOIN department d ON d.college_id = t.college_id AND d.id = t.department_id"
            + " WHERE t.college_id = ? AND t.id > ? ORDER BY t.id FETCH FIRST " + PAGE + " ROWS ONLY";

    private final Transactions transactions;

    public CsvExporter(Transactions transactions) {
        this.transactions = transactions;
    }

    /** Writes every student of the caller's college to {@code target}; returns the number of rows. */
    public long exportStudents(CollegeContext context, Path target, ExportOptions options) {
        CollegeContext.requireCollegeWide(context, Permission.STUDENT_EXPORT);
        return export(context, target, options, StudentColumns.SET, STUDENTS, "student");
    }

    /**
     * Writes every teacher of the caller's college to {@code target}; returns the number of rows. Teachers'
     * CSV is the round trip of those who maintain teacher records, so it needs RECORDS_WRITE.
     */
    public long exportTeachers(CollegeContext context, Path target, ExportOptions options) {
        CollegeContext.requireCollegeWide(context, Permission.RECORDS_WRITE);
        return export(context, target, options, TeacherColumns.SET, TEACHERS, "teacher");
    }

    private long export(CollegeContext context, Path target, ExportOptions options, ColumnSet columns, String sql,
                        String table) {
        long[] count = {0};
        transactions.jdbcInCollege(context, connection -> {
            try {
                AtomicFiles.write(target, out -> {
                    Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                    if (options.byteOrderMark()) {
                        writer.write('\uFEFF');
                    }
                    try (CsvWriter csv = CsvWriter.builder().lineDelimiter(LineDelimiter.CRLF).build(writer)) {
                        csv.writeRecord(columns.names());
                        count[0] = writePages(connection, context.collegeId(), sql, columns.names().size(), csv);
                    }
                });
                Audit.exported(connection, context, table, count[0], target.getFileName().toString());
            } catch (StudentHubException | SQLException e) {
                throw e;
            } catch (Exception e) {
                throw new StudentHubException("export.unwritable", e, target, e.getClass().getSimpleName());
            }
            return null;
        });
        LOG.info("Exported {} rows of college {} to {}", count[0], context.collegeId(), target.getFileName());
        return count[0];
    }

    private static long writePages(Connection connection, long collegeId, String sql, int width, CsvWriter csv)
            throws SQLException {
        long written = 0;
        long after = 0;
        try (PreparedStatement page = connection.prepareStatement(sql)) {
            while (true) {
                page.setLong(1, collegeId);
                page.setLong(2, after);
                int rows = 0;
                try (ResultSet rs = page.executeQuery()) {
                    while (rs.next()) {
                        after = rs.getLong(1);
                        csv.writeRecord(cells(rs, width));
                        rows++;
                    }
                }
                written += rows;
                if (rows < PAGE) {
                    return written;
                }
            }
        }
    }

    private static List<String> cells(ResultSet rs, int width) throws SQLException {
        List<String> cells = new ArrayList<>(width);
        for (int i = 0; i < width; i++) {
            String value = rs.getString(i + 2);
            cells.add(value == null ? "" : SpreadsheetSafety.neutralise(value.stripTrailing()));
        }
        return cells;
    }
}
