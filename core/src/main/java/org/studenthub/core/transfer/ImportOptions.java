package org.studenthub.core.transfer;

import java.util.Locale;

/**
 * How an import treats a file.
 *
 * @param importValidRows  false (the default): any problem rejects the whole file and nothing is
 *                         written; true: valid rows are written and rejected rows go, with their
 *                         reasons, to {@code <name>.rejected.csv} beside the input
 * @param maxFileBytes     larger files are refused before parsing
 * @param maxFieldChars    longer cells are row errors
 * @param locale           language of the reasons written to the rejected-rows file
 */
public record ImportOptions(boolean importValidRows, long maxFileBytes, int maxFieldChars, Locale locale) {
    /** 200 MB. */
    public static final long DEFAULT_MAX_FILE_BYTES = 200L * 1024 * 1024;
    /** 1,000 characters. */
    public static final int DEFAULT_MAX_FIELD_CHARS = 1_000;

    public ImportOptions {
        if (maxFileBytes <= 0 || maxFieldChars <= 0) {
            throw new IllegalArgumentException("limits must be positive");
        }
        locale = locale == null ? Locale.ENGLISH : locale;
    }

    /** All-or-nothing import with the default limits. */
    public static ImportOptions defaults() {
        return new ImportOptions(false, DEFAULT_MAX_FILE_BYTES, DEFAULT_MAX_FIELD_CHARS, Locale.ENGLISH);
    }

    /** The same options with the given limits. */
    public ImportOptions withLimits(long fileBytes, int fieldChars) {
        return new ImportOptions(importValidRows, fileBytes, fieldChars, locale);
    }

    /** Imports the valid rows and writes the rejected ones beside the input. */
    public static ImportOptions validRowsOnly() {
        return new ImportOptions(true, DEFAULT_MAX_FILE_BYTES, DEFAULT_MAX_FIELD_CHARS, Locale.ENGLISH);
    }
}
