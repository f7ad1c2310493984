package org.studenthub.core.transfer;

import java.util.Locale;
import java.util.Map;

/**
 * How an import treats a file.
 *
 * @param importValidRows  false (the default): any problem rejects the whole file and nothing is
 *                         written; true: valid rows are written and rejected rows go, with their
 *                         reasons, to {@code <name>.rejected.csv} beside the input
 * @param maxFileBytes     larger files are refused before parsing
 * @param maxFieldChars    longer cells are row errors
 * @param locale           language of the reasons written to the rejected-rows file
 * @param columnMapping    empty (the default): header cells are matched to columns by name and alias;
 *                         otherwise file header -> canonical column name, chosen by a person, and the
 *                         header cells it does not name are ignored without a warning
 */
public record ImportOptions(boolean importValidRows, long maxFileBytes, int maxFieldChars, Locale locale,
        Map<String, String> columnMapping) {
    /** 200 MB. */
    public static final long DEFAULT_MAX_FILE_BYTES = 200L * 1024 * 1024;
    /** 1,000 characters. */
    public static final int DEFAULT_MAX_FIELD_CHARS = 1_000;

    public ImportOptions {
        if (maxFileBytes <= 0 || maxFieldChars <= 0) {
            throw new IllegalArgumentException("limits must be positive");
        }
        locale = locale == null ? Locale.ENGLISH : locale;
        columnMapping = columnMapping == null ? Map.of() : Map.copyOf(columnMapping);
    }

    public ImportOptions(boolean importValidRows, long maxFileBytes, int maxFieldChars, Locale locale) {
        this(importValidRows, maxFileBytes, maxFieldChars, locale, Map.of());
    }

    /** All-or-nothing import with the default limits. */
    public static ImportOptions defaults() {
        return new ImportOptions(false, DEFAULT_MAX_FILE_BYTES, DEFAULT_MAX_FIELD_CHARS, Locale.ENGLISH);
    }

    /** The same options with the given limits. */
    public ImportOptions withLimits(long fileBytes, int fieldChars) {
        return new ImportOptions(importValidRows, fileBytes, fieldChars, locale, columnMapping);
    }

    /** The same options, reading the header through {@code mapping} (file header -> canonical column). */
    public ImportOptions withColumnMapping(Map<String, String> mapping) {
        return new ImportOptions(importValidRows, maxFileBytes, maxFieldChars, locale, mapping);
    }

    /** The same options, writing the reasons of the rejected-rows file in {@code language}. */
    public ImportOptions withLocale(Locale language) {
        return new ImportOptions(importValidRows, maxFileBytes, maxFieldChars, language, columnMapping);
    }

    /** Imports the valid rows and writes the rejected ones beside the input. */
    public static ImportOptions validRowsOnly() {
        return new ImportOptions(true, DEFAULT_MAX_FILE_BYTES, DEFAULT_MAX_FIELD_CHARS, Locale.ENGLISH);
    }
}
