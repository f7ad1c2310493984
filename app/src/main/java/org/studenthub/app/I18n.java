package org.studenthub.app;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.studenthub.core.common.Messages;

/**
 * The application's texts: {@code org/studenthub/app/messages*.properties}, falling back to core's
 * bundle for keys raised by core (errors). English and Italian.
 */
public final class I18n {
    private static final String BUNDLE = "org.studenthub.app.messages";

    private I18n() {}

    public static String tr(String key, Object... args) {
        return tr(Locale.getDefault(), key, args);
    }

    /** The application's bundle in {@code locale} (core's keys included), for FXML {@code %key} texts. */
    public static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public static String tr(Locale locale, String key, Object... args) {
        try {
            ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            return new MessageFormat(bundle.getString(key), locale).format(args);
        } catch (MissingResourceException e) {
            return Messages.get(locale, key, args);
        }
    }
}
