package org.studenthub.app.importer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.studenthub.app.I18n;
import org.studenthub.core.transfer.csv.Column;
import org.studenthub.core.transfer.csv.ColumnSet;

/**
 * The columns an import expects, each with the header of the file chosen for it, and what stops the mapping
 * from being used: a required column left without a header, or one header chosen for two columns.
 */
public final class ColumnMapping {
    private final Locale locale;
    private final ObservableList<ColumnChoice> choices = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");

    ColumnMapping(Locale locale) {
        this.locale = locale;
    }

    /**
     * Starts again for {@code columns} and a file with {@code header}, choosing by name what can be chosen.
     * The required columns come first.
     */
    void reset(ColumnSet columns, List<String> header) {
        Map<String, String> matched = ColumnMatcher.match(columns, header);
        List<ColumnChoice> fresh = new ArrayList<>();
        List<Column> requiredFirst = new ArrayList<>(columns.columns());
        requiredFirst.sort(Comparator.comparing(column -> !column.required()));
        for (Column column : requiredFirst) {
            ColumnChoice choice = new ColumnChoice(column.name(),
                    I18n.tr(locale, ColumnMatcher.labelKey(column.name())), column.required(),
                    matched.get(column.name()));
            choice.headerProperty().addListener((o, was, now) -> check());
            fresh.add(choice);
        }
        choices.setAll(fresh);
        check();
    }

    public ObservableList<ColumnChoice> choices() {
        return choices;
    }

    /** Why the mapping cannot be used yet, in the current language; empty when it can. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** File header -> expected column, for the import. */
    Map<String, String> byHeader() {
        Map<String, String> mapping = new HashMap<>();
        for (ColumnChoice choice : choices) {
            if (choice.headerProperty().get() != null) {
                mapping.put(choice.headerProperty().get(), choice.column());
            }
        }
        return mapping;
    }

    /** The header chosen for an expected column, or the column's own name when none is. */
    String headerOf(String column) {
        return choices.stream().filter(c -> c.column().equals(column) && c.headerProperty().get() != null)
                .map(c -> c.headerProperty().get()).findFirst().orElse(column);
    }

    private void check() {
        List<String> missing = new ArrayList<>();
        Map<String, String> seen = new HashMap<>();
        String repeated = null;
        for (ColumnChoice choice : choices) {
            String header = choice.headerProperty().get();
            if (header == null && choice.required()) {
                missing.add(choice.label());
            } else if (header != null && seen.putIfAbsent(header, choice.label()) != null && repeated == null) {
                repeated = I18n.tr(locale, "client.import.columns.repeated", header, seen.get(header), choice.label());
            }
        }
        if (!missing.isEmpty()) {
            problem.set(I18n.tr(locale, "client.import.columns.missing", String.join(", ", missing)));
        } else {
            problem.set(repeated == null ? "" : repeated);
        }
    }
}
