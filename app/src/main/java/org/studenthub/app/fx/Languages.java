package org.studenthub.app.fx;

import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.scene.control.ChoiceBox;
import javafx.util.StringConverter;

/** The languages of the client, each named in itself, and the picker that switches between them. */
public final class Languages {
    public static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.ITALIAN);

    private Languages() {}

    /** The supported language closest to {@code wanted} (English when none is). */
    public static Locale closest(Locale wanted) {
        return SUPPORTED.stream().filter(l -> l.getLanguage().equals(wanted.getLanguage())).findFirst()
                .orElse(Locale.ENGLISH);
    }

    public static void setUp(ChoiceBox<Locale> picker, Locale current, Consumer<Locale> change) {
        picker.getItems().setAll(SUPPORTED);
        picker.setConverter(new StringConverter<>() {
            @Override
            public String toString(Locale locale) {
                if (locale == null) {
                    return "";
                }
                String name = locale.getDisplayLanguage(locale);
                return name.substring(0, 1).toUpperCase(locale) + name.substring(1);
            }

            @Override
            public Locale fromString(String text) {
                return null;
            }
        });
        picker.setValue(closest(current));
        picker.valueProperty().addListener((o, was, chosen) -> {
            if (chosen != null && !chosen.equals(was)) {
                change.accept(chosen);
            }
        });
    }
}
