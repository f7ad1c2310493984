package org.studenthub.core.transfer.csv;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.studenthub.core.transfer.ImportProblem;

/** The columns one kind of file accepts, and how a header maps onto them. */
public final class ColumnSet {
    private final List<Column> columns;
    private final Map<String, Integer> byName = new HashMap<>();

    public ColumnSet(List<Column> columns) {
        this.columns = List.copyOf(columns);
        for (int i = 0; i < this.columns.size(); i++) {
            Column column = this.columns.get(i);
            byName.put(normalise(column.name()), i);
            for (String alias : column.aliases()) {
                byName.put(normalise(alias), i);
            }
        }
    }

    public List<Column> columns() {
        return columns;
    }

    /** Canonical names in order, the header of an export. */
    public List<String> names() {
        return columns.stream().map(Column::name).toList();
    }

    /** Index of a canonical column. */
    public int indexOf(String name) {
        Integer index = byName.get(name); // canonical names are already normalised: the usual, per-cell case
        if (index == null) {
            index = byName.get(normalise(name));
        }
        if (index == null) {
            throw new IllegalArgumentException("Unknown column " + name);
        }
        return index;
    }

    /**
     * Maps each header cell to a column index (-1 for unknown columns), adding a problem for
     * unknown (warning), repeated and missing required columns (errors). A non-empty
     * {@code chosen} mapping (file header -> canonical column) replaces matching by name: the
     * header cells it does not name are ignored without a warning.
     */
    public int[] map(List<String> header, Map<String, String> chosen, List<ImportProblem> problems) {
        int[] mapping = new int[header.size()];
        boolean[] seen = new boolean[columns.size()];
        for (int i = 0; i < header.size(); i++) {
            Integer index = columnOf(header.get(i), chosen);
            mapping[i] = index == null ? -1 : index;
            if (index == null && !chosen.isEmpty()) {
                continue;
            }
            if (index == null) {
                problems.add(ImportProblem.warning(1, header.get(i), "import.column.unknown", header.get(i),
                        String.join(", ", names())));
            } else if (seen[index]) {
                problems.add(ImportProblem.error(1, header.get(i), "import.column.repeated", header.get(i),
                        columns.get(index).name()));
            } else {
                seen[index] = true;
            }
        }
        List<String> missing = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).required() && !seen[i]) {
                missing.add(columns.get(i).name());
            }
        }
        if (!missing.isEmpty()) {
            problems.add(ImportProblem.error(1, "", "import.column.missing", String.join(", ", missing)));
        }
        return mapping;
    }

    private Integer columnOf(String headerCell, Map<String, String> chosen) {
        if (chosen.isEmpty()) {
            return byName.get(normalise(headerCell));
        }
        String column = chosen.get(headerCell);
        return column == null ? null : indexOf(column);
    }

    static String normalise(String header) {
        return header.strip().toLowerCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
    }
}
