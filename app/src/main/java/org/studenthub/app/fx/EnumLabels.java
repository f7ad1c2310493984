package org.studenthub.app.fx;

import java.util.Locale;
import java.util.function.Function;
import javafx.util.StringConverter;
import org.studenthub.app.I18n;

/**
 * Words for enum values in pickers and tables: the value {@code CLOSED} with prefix {@code client.department.status.}
 * reads key {@code client.department.status.closed}. Also a one-way converter for any record shown by a function.
 */
public final class EnumLabels {
    private EnumLabels() {}

    /** The words of {@code value}; empty for null. */
    public static String label(Locale locale, String prefix, Enum<?> value) {
        return value == null ? "" : I18n.tr(locale, prefix + value.name().toLowerCase(Locale.ROOT));
    }

    /** A converter showing each value by its key; null shows as empty. */
    public static <E extends Enum<E>> StringConverter<E> converter(Locale locale, String prefix) {
        return shown(value -> label(locale, prefix, value), "");
    }

    /** As {@link #converter(Locale, String)}, with null shown as {@code noneKey} (e.g. "Any status"). */
    public static <E extends Enum<E>> StringConverter<E> converter(Locale locale, String prefix, String noneKey) {
        return shown(value -> label(locale, prefix, value), I18n.tr(locale, noneKey));
    }

    /** A converter showing values with {@code text} and null as {@code none} (pickers never parse text back). */
    public static <T> StringConverter<T> shown(Function<T, String> text, String none) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? none : text.apply(value);
            }

            @Override
            public T fromString(String typed) {
                return null;
            }
        };
    }
}
