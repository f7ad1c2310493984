package org.studenthub.core.transfer;

import java.util.Locale;
import org.studenthub.core.common.Messages;

/**
 * One problem found in an import file.
 *
 * @param line     1-based line of the file where the record starts (0 for the file as a whole)
 * @param column   canonical column name concerned, or empty when the problem is not about one column
 * @param key      message key of the reason (in core's messages bundle)
 * @param args     arguments of the message
 * @param blocking false for warnings that do not stop the import (e.g. an unknown column)
 */
public record ImportProblem(long line, String column, String key, Object[] args, boolean blocking) {
    public ImportProblem {
        column = column == null ? "" : column;
        args = args == null ? new Object[0] : args.clone();
    }

    /** A problem that rejects its row (or the file, when {@code line} is 0). */
    public static ImportProblem error(long line, String column, String key, Object... args) {
        return new ImportProblem(line, column, key, args, true);
    }

    /** A problem worth reporting that does not stop the import. */
    public static ImportProblem warning(long line, String column, String key, Object... args) {
        return new ImportProblem(line, column, key, args, false);
    }

    /** The reason alone, in the given language. */
    public String reason(Locale locale) {
        return Messages.get(locale, key, args);
    }

    /** "Line 4, column date_of_birth: reason", in the given language. */
    public String message(Locale locale) {
        if (line == 0) {
            return reason(locale);
        }
        String where = column.isEmpty()
                ? Messages.get(locale, "import.where.line", line)
                : Messages.get(locale, "import.where.cell", line, column);
        return where + ": " + reason(locale);
    }

    @Override
    public String toString() {
        return message(Locale.ENGLISH);
    }
}
