package org.studenthub.app.fx;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.Property;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;
import org.studenthub.app.I18n;

/**
 * The fields of one editor, by name (the names the core uses in its field problems, e.g. {@code name},
 * {@code durationYears}), with what they held when last read or saved, so the editor knows whether anything
 * changed. It also reads typed numbers, and keeps the problem of each field (from this form or from the core).
 */
public final class EditorForm {
    private final Locale locale;
    private final Map<String, Property<?>> fields = new LinkedHashMap<>();
    private final Map<String, Object> clean = new HashMap<>();
    private final ObservableMap<String, String> problems = FXCollections.observableHashMap();
    private final ReadOnlyBooleanWrapper changed = new ReadOnlyBooleanWrapper();

    public EditorForm(Locale locale) {
        this.locale = locale;
    }

    /** A text field of the form (never null: empty is ""). */
    public StringProperty text(String name) {
        return add(name, new SimpleStringProperty(""));
    }

    /** A chosen value (an enum, a date, an id), null when none is chosen. */
    public <T> ObjectProperty<T> value(String name) {
        return add(name, new SimpleObjectProperty<>());
    }

    private <P extends Property<?>> P add(String name, P property) {
        fields.put(name, property);
        clean.put(name, property.getValue());
        property.addListener((o, was, now) -> changed.set(differs()));
        return property;
    }

    /** What the fields hold now is what is stored: nothing has changed. */
    public void markClean() {
        fields.forEach((name, property) -> clean.put(name, property.getValue()));
        changed.set(false);
    }

    private boolean differs() {
        return fields.entrySet().stream().anyMatch(f -> !Objects.equals(f.getValue().getValue(), clean.get(f.getKey())));
    }

    /** Whether a field differs from what was last read or saved. */
    public ReadOnlyBooleanProperty changedProperty() {
        return changed.getReadOnlyProperty();
    }

    /** The problem of each field that has one, in words. */
    public ObservableMap<String, String> problems() {
        return problems;
    }

    /** The text of field {@code name} without surrounding spaces. */
    public String stripped(String name) {
        Object value = fields.get(name).getValue();
        return value == null ? "" : value.toString().strip();
    }

    /** The whole number typed in {@code name}; if it is not one, notes the field's problem and returns 0. */
    public int wholeNumber(String name) {
        try {
            return Integer.parseInt(stripped(name));
        } catch (NumberFormatException e) {
            problems.put(name, I18n.tr(locale, "client.record.whole_number"));
            return 0;
        }
    }

    /** The decimal typed in {@code name} (7.5 or 7,5); if it is not one, notes the field's problem and returns null. */
    public BigDecimal decimal(String name) {
        try {
            return new BigDecimal(stripped(name).replace(',', '.'));
        } catch (NumberFormatException e) {
            problems.put(name, I18n.tr(locale, "client.record.decimal"));
            return null;
        }
    }

    /** The value chosen in {@code name}; if none is, notes the field's problem ("choose one") and returns null. */
    public <T> T required(ObjectProperty<T> value, String name) {
        if (value.get() == null) {
            problems.put(name, I18n.tr(locale, "client.record.choose"));
        }
        return value.get();
    }

    /** How a decimal is written in this form's language, e.g. 7,5 in Italian. */
    public String format(BigDecimal number) {
        if (number == null) {
            return "";
        }
        java.text.NumberFormat format = java.text.NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(Math.max(0, number.stripTrailingZeros().scale()));
        format.setGroupingUsed(false);
        return format.format(number);
    }
}
