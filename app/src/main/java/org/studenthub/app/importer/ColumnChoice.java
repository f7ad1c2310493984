package org.studenthub.app.importer;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/** One column an import expects and the header of the file chosen for it (null: not in the file). */
public final class ColumnChoice {
    private final String column;
    private final String label;
    private final boolean required;
    private final ObjectProperty<String> header = new SimpleObjectProperty<>(this, "header");

    ColumnChoice(String column, String label, boolean required, String header) {
        this.column = column;
        this.label = label;
        this.required = required;
        this.header.set(header);
    }

    /** The canonical name, as in the how-to and in exported files. */
    public String column() {
        return column;
    }

    /** The column's name for people, in the current language. */
    public String label() {
        return label;
    }

    public boolean required() {
        return required;
    }

    public ObjectProperty<String> headerProperty() {
        return header;
    }
}
