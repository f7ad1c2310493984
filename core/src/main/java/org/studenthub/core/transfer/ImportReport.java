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
 */
public record ImportReport(long rowsRead, long inserted, long updated, long unchanged, long rejected,
        List<ImportProblem> problems, Optional<Path> rejectedFile) {
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

    static ImportReport refused(long rowsRead, long rejected, List<ImportProblem> problems) {
        return new ImportReport(rowsRead, 0, 0, 0, rejected, problems, Optional.empty());
    }
}
