package org.studenthub.core.transfer;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.studenthub.core.db.Transactions;
import org.studenthub.core.security.Permission;
import org.studenthub.core.tenancy.CollegeContext;
import org.studenthub.core.transfer.ImportReport.Refusal;
import org.studenthub.core.transfer.csv.Cells;
import org.studenthub.core.transfer.csv.ColumnSet;
import org.studenthub.core.transfer.csv.CsvFileException;
import org.studenthub.core.transfer.csv.CsvTable;
import org.studenthub.core.transfer.jdbc.CodeMaps;
import org.studenthub.core.transfer.jdbc.UpsertCounts;

/**
 * The staged import every kind of file shares: read and check the whole file, resolve codes,
 * then write in one transaction only if nothing blocks (or, in valid-rows mode, write the good
 * rows and put the rejected ones, with reasons, in a file beside the input). If the database
 * refuses the write (a constraint or another rule the checks do not know), nothing is written
 * and the report names the first refused line, in both modes. An import writes records in bulk,
 * so it needs its {@link #permission()} for the whole college.
 *
 * @param <R> a checked row, ready to write
 */
public abstract class CsvImporter<R> {
    private static final Logger LOG = LoggerFactory.getLogger(CsvImporter.class);
    /** Rows read between two reports to an {@link ImportProgress}. */
    private static final int PROGRESS_STEP = 200;

    private final Transactions transactions;

    protected CsvImporter(Transactions transactions) {
        this.transactions = transactions;
    }

    /** A row of the file after checking: its value (null if a cell was bad) and its problems. */
    protected static final class Parsed<R> {
        final List<String> raw;
        final long line;
        R value;
        final List<ImportProblem> problems;

        Parsed(List<String> raw, long line, R value, List<ImportProblem> problems) {
            this.raw = raw;
            this.line = line;
            this.value = value;
            this.problems = problems;
        }

        public R value() {
            return value;
        }

        /** Rejects this row with a problem about one column. */
        public void reject(String column, String key, Object... args) {
            problems.add(ImportProblem.error(line, column, key, args));
            value = null;
        }
    }

    /** What the caller must hold, college-wide, to import this kind of file. */
    protected abstract Permission permission();

    /** The columns this kind of file accepts. */
    protected abstract ColumnSet columns();

    /** Checks one row's cells; returns null when a cell was bad (the problem is already recorded). */
    protected abstract R parse(Cells cells, CodeMaps codes);

    /** Resolves what needs the database beyond the code maps (e.g. student numbers); may reject rows. */
    protected void resolve(Connection connection, long collegeId, List<Parsed<R>> rows) throws SQLException {}

    /** Key that must be unique within the file, and the column named when it repeats. */
    protected abstract String uniqueKey(R row);

    protected abstract String uniqueKeyColumn();

    /** Writes the valid rows. */
    protected abstract UpsertCounts write(Connection connection, CollegeContext context, List<R> rows)
            throws SQLException;

    /** Imports {@code file} into the caller's college; see {@link ImportOptions} for the modes. */
    public final ImportReport importFile(CollegeContext context, Path file, ImportOptions options) {
        CollegeContext.requireCollegeWide(context, permission());
        return importFile(context, file, options, ImportProgress.NONE);
    }

    /**
     * Imports {@code file}, telling {@code progress} how many rows have been read; when it throws,
     * the import's one transaction is rolled back and nothing is written.
     */
    public final ImportReport importFile(CollegeContext context, Path file, ImportOptions options,
            ImportProgress progress) {
        CollegeContext.requireCollegeWide(context, permission());
        Outcome<R> outcome = transactions.jdbcInCollege(context,
                connection -> run(connection, context, file, options, progress, false));
        Optional<Path> rejectedFile = Optional.empty();
        if (outcome.report.valid() || !outcome.written) {
            LOG.info("Import of {} into college {}: {}", file.getFileName(), context.collegeId(), outcome.report);
            return outcome.report;
        }
        if (!outcome.rejected.isEmpty()) {
            rejectedFile = Optional.of(RejectedRows.write(file, outcome.header, outcome.rejected, options.locale()));
        }
        ImportReport r = outcome.report;
        ImportReport report = new ImportReport(r.rowsRead(), r.inserted(), r.updated(), r.unchanged(), r.rejected(),
                r.problems(), rejectedFile, r.refusal());
        LOG.info("Import of {} into college {}: {}", file.getFileName(), context.collegeId(), report);
        return report;
    }

    /**
     * Checks {@code file} exactly as {@link #importFile} would, the database's own rules included
     * (the write is tried and rolled back), and writes nothing, not even a rejected-rows file. The
     * counts say what the import would do now; the problems are the ones it would report.
     */
    public final ImportReport validateFile(CollegeContext context, Path file, ImportOptions options) {
        CollegeContext.requireCollegeWide(context, permission());
        return transactions.jdbcInCollege(context,
                connection -> run(connection, context, file, options, ImportProgress.NONE, true)).report;
    }

    private Outcome<R> run(Connection connection, CollegeContext context, Path file, ImportOptions options,
            ImportProgress progress, boolean dryRun) throws SQLException {
        CodeMaps codes = CodeMaps.load(connection, context.collegeId());
        List<ImportProblem> fileProblems = new ArrayList<>();
        List<Parsed<R>> rows = new ArrayList<>();
        List<String> header;
        try {
            header = CsvTable.read(file, columns(), options, fileProblems, (row, problems) -> {
                R value = parse(new Cells(columns(), row, problems), codes);
                rows.add(new Parsed<>(row.raw(), row.line(), problems.isEmpty() ? value : null, problems));
                if (rows.size() % PROGRESS_STEP == 0) {
                    progress.rowsRead(rows.size());
                }
            });
            progress.rowsRead(rows.size());
        } catch (CsvFileException e) {
            fileProblems.add(ImportProblem.error(e.line(), "", e.messageKey(), e.args()));
            return Outcome.refused(ImportReport.refused(0, 0, fileProblems, Refusal.FILE));
        }
        if (fileProblems.stream().anyMatch(ImportProblem::blocking)) {
            return Outcome.refused(ImportReport.refused(0, 0, fileProblems, Refusal.FILE));
        }
        resolve(connection, context.collegeId(), rows);
        rejectRepeatedKeys(rows);
        List<ImportProblem> problems = new ArrayList<>(fileProblems);
        List<Parsed<R>> valid = new ArrayList<>(rows.size());
        List<Parsed<R>> rejected = new ArrayList<>();
        for (Parsed<R> row : rows) {
            problems.addAll(row.problems);
            if (row.value == null || !row.problems.isEmpty()) {
                rejected.add(row);
            } else {
                valid.add(row);
            }
        }
        if (!rejected.isEmpty() && !options.importValidRows()) {
            return Outcome.refused(ImportReport.refused(rows.size(), rejected.size(), problems, Refusal.FILE));
        }
        Optional<UpsertCounts> written = writeValid(connection, context, valid, problems, dryRun);
        if (written.isEmpty()) {
            return Outcome.refused(ImportReport.refused(rows.size(), rejected.size() + 1, problems,
                    Refusal.DATABASE));
        }
        UpsertCounts counts = written.get();
        ImportReport report = new ImportReport(rows.size(), counts.inserted(), counts.updated(), counts.unchanged(),
                rejected.size(), problems, Optional.empty(), Refusal.NONE);
        return new Outcome<>(report, true, header, rejected);
    }

    /**
     * Writes the valid rows. If the database refuses them (a rule the file checks do not know, or a
     * row written by someone else meanwhile), nothing stays written, the problem naming the first
     * refused line and its field joins {@code problems} and the result is empty. A dry run rolls
     * back what the database took, too.
     */
    private Optional<UpsertCounts> writeValid(Connection connection, CollegeContext context, List<Parsed<R>> valid,
            List<ImportProblem> problems, boolean dryRun) throws SQLException {
        Savepoint beforeWrite = connection.setSavepoint();
        try {
            UpsertCounts counts = write(connection, context, values(valid));
            if (dryRun) {
                connection.rollback(beforeWrite);
            }
            connection.releaseSavepoint(beforeWrite);
            return Optional.of(counts);
        } catch (SQLException e) {
            connection.rollback(beforeWrite);
            if (!DatabaseRefusal.isAboutData(e)) {
                throw e;
            }
            DatabaseRefusal refusal = DatabaseRefusal.locate(connection, valid,
                    part -> write(connection, context, values(part)), e);
            long line = refusal.index() < 0 ? 0 : valid.get(refusal.index()).line;
            // the database's message is left out on purpose: it may quote the row's values
            LOG.warn("The database refused line {} of the import into college {}: rule {}, SQLSTATE {}", line,
                    context.collegeId(), refusal.constraint().orElse("not named"), refusal.sqlState());
            problems.add(refusal.problem(line, fileColumns(refusal.columns())));
            problems.sort(Comparator.comparingLong(ImportProblem::line));
            return Optional.empty();
        }
    }

    /** This file's columns for some columns of the written table, comma-separated; empty when none maps. */
    private String fileColumns(List<String> tableColumns) {
        List<String> names = columns().names();
        List<String> mapped = new ArrayList<>();
        for (String column : tableColumns) {
            String plain = column.endsWith("_id") ? column.substring(0, column.length() - 3) : column;
            if (names.contains(column)) {
                mapped.add(column);
            } else if (names.contains(plain)) {
                mapped.add(plain);
            }
        }
        return String.join(", ", mapped);
    }

    private static <R> List<R> values(List<Parsed<R>> rows) {
        List<R> values = new ArrayList<>(rows.size());
        for (Parsed<R> row : rows) {
            values.add(row.value);
        }
        return values;
    }

    private void rejectRepeatedKeys(List<Parsed<R>> rows) {
        Map<String, Long> firstLine = new HashMap<>(rows.size() * 2);
        for (Parsed<R> row : rows) {
            if (row.value == null) {
                continue;
            }
            Long first = firstLine.putIfAbsent(uniqueKey(row.value), row.line);
            if (first != null) {
                row.reject(uniqueKeyColumn(), "import.row.duplicate", uniqueKey(row.value), first);
            }
        }
    }

    private record Outcome<R>(ImportReport report, boolean written, List<String> header, List<Parsed<R>> rejected) {
        static <R> Outcome<R> refused(ImportReport report) {
            return new Outcome<>(report, false, List.of(), List.of());
        }
    }
}
