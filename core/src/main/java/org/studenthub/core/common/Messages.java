package org.studenthub.core.common;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Looks up core's user-facing texts ({@code org/studenthub/core/messages*.properties}) and
 * formats them with {@link MessageFormat} in the given locale. English and Italian ship.
 */
public final class Messages {
    public static final String BUNDLE = "org.studenthub.core.messages";

    private Messages() {}

    public static String get(Locale locale, String key, Object... args) {
        try {
            ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale, ResourceBundle.Control
                    .getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            return new MessageFormat(bundle.getString(key), locale).format(args);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    /** True when core's English bundle has {@code key}. */
    public static boolean has(String key) {
        return ResourceBundle.getBundle(BUNDLE, Locale.ROOT, ResourceBundle.Control
                .getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)).containsKey(key);
    }

    /** Text in the default locale of this JVM. */
    public static String get(String key, Object... args) {
        return get(Locale.getDefault(), key, args);
    }
}
