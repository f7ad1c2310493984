package org.studenthub.core.transfer.csv;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.studenthub.core.transfer.ImportProblem;

/** Reads and checks the cells of one row, collecting a problem per bad cell. */
public final class Cells {
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");

    private final ColumnSet columns;
    private final CsvRow row;
    private final List<ImportProblem> problems;

    public Cells(ColumnSet columns, CsvRow row, List<ImportProblem> problems) {
        this.columns = columns;
        this.row = row;
        this.problems = problems;
    }

    /** The raw value of a column, null when empty or absent. */
    public String raw(String column) {
        return row.value(columns.indexOf(column));
    }

    /** Text of at most {@code maxLength} characters. */
    public String text(String column, int maxLength, boolean required) {
        String value = raw(column);
        if (value == null) {
            if (required) {
                error(column, "import.cell.required");
            }
            return null;
        }
        if (value.length() > maxLength) {
            error(column, "import.cell.too_long", value.length(), maxLength);
            return null;
        }
        return value;
    }

    /** A date in ISO form (yyyy-MM-dd). */
    public LocalDate date(String column, boolean required) {
        String value = text(column, 10, required);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            error(column, "import.cell.date", value);
            return null;
        }
    }

    /** One of the allowed upper-case values (input is case-insensitive), or the default when empty. */
    public String choice(String column, Set<String> allowed, String defaultValue) {
        String value = raw(column);
        if (value == null) {
            return defaultValue;
        }
        String upper = value.toUpperCase(Locale.ROOT);
        if (!allowed.contains(upper)) {
            error(column, "import.cell.choice", value, String.join(", ", new java.util.TreeSet<>(allowed)));
            return null;
        }
        return upper;
    }

    /** An e-mail address (loosely checked: something@domain.tld). */
    public String email(String column) {
        String value = text(column, 254, false);
        if (value != null && !EMAIL.matcher(value).matches()) {
            error(column, "import.cell.email", value);
            return null;
        }
        return value;
    }

    /** An ISO 3166 two-letter country code, stored upper case. */
    public String country(String column) {
        String value = text(column, 2, false);
        if (value != null && !COUNTRY.matcher(value.toUpperCase(Locale.ROOT)).matches()) {
            error(column, "import.cell.country", value);
            return null;
        }
        return value == null ? null : value.toUpperCase(Locale.ROOT);
    }

    /** Resolves a code against the college's records; unknown codes are problems naming the value. */
    public Long code(String column, Map<String, Long> ids, boolean required) {
        String value = text(column, 32, required);
        if (value == null) {
            return null;
        }
        Long id = ids.get(value.toUpperCase(Locale.ROOT));
        if (id == null) {
            error(column, "import.cell.unknown_code", value);
        }
        return id;
    }

    /** Adds a problem about a column of this row. */
    public void error(String column, String key, Object... args) {
        if (problems.stream().anyMatch(p -> p.column().equals(column))) {
            return;
        }
        problems.add(ImportProblem.error(row.line(), column, key, args));
    }

    public long line() {
        return row.line();
    }
}
