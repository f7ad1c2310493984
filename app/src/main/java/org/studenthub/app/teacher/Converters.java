package org.studenthub.app.teacher;

import java.util.function.Function;
import javafx.util.StringConverter;

/** Display-only converters for the pickers of the teacher screens (nothing is typed into them). */
final class Converters {
    private Converters() {}

    static <T> StringConverter<T> of(Function<T, String> label) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : label.apply(value);
            }

            @Override
            public T fromString(String text) {
                return null;
            }
        };
    }
}
