package org.studenthub.core.transfer;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What an import did. When {@link #written()} is false the database was not changed.
 *
 * @param rowsRead     data rows in the file (header excluded)
 * @param inserted     new records created
 * @param updated      existing records changed (version + 1)
 * @param unchanged    existing records identical to their row, left alone
 * @param rejected     rows not imported because of a problem
 * @param problems     every problem, in file order (file-level problems first)
 * @param rejectedFile the file holding the rejected rows and their reasons, in valid-rows mode
 * @param refusal      why nothing was written at all, or {@link Refusal#NONE}
 */
public record ImportReport(long rowsRead, long inserted, long updated, long unchanged, long rejected,
        List<ImportProblem> problems, Optional<Path> rejectedFile, Refusal refusal) {

    /** Why an import wrote nothing, even in valid-rows mode. */
    public enum Refusal {
        /** Not refused: the valid rows were written (there may have been none). */
        NONE,
        /** The file has problems that stop it: file-level ones, or bad rows outside valid-rows mode. */
        FILE,
        /** The database refused a row the file checks let through; no row was written, in either mode. */
        DATABASE
    }

    public ImportReport {
        problems = List.copyOf(problems);
    }

    /** True when at least one record was inserted or updated. */
    public boolean written() {
        return inserted + updated > 0;
    }

    /** True when no problem blocks the file (warnings allowed). */
    public boolean valid() {
        return problems.stream().noneMatch(ImportProblem::blocking);
    }

    /** True when the import was refused as a whole, so nothing was written: see {@link #refusal()}. */
    public boolean refused() {
        return refusal != Refusal.NONE;
    }

    /** The counts, without the problems: they may quote cell values, which are personal data (for logs). */
    @Override
    public String toString() {
        return "ImportReport[rowsRead=" + rowsRead + ", inserted=" + inserted + ", updated=" + updated
                + ", unchanged=" + unchanged + ", rejected=" + rejected + ", problems=" + problems.size()
                + ", refusal=" + refusal + "]";
    }

    static ImportReport refused(long rowsRead, long rejected, List<ImportProblem> problems, Refusal refusal) {
        return new ImportReport(rowsRead, 0, 0, 0, rejected, problems, Optional.empty(), refusal);
    }
}
