package org.studenthub.reporting.seal;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The seal package's texts ({@code org/studenthub/reporting/seal/messages*.properties}): English and Italian. */
public final class SealTexts {
    static final String BUNDLE = "org.studenthub.reporting.seal.messages";

    private SealTexts() {}

    public static String tr(Locale locale, String key, Object... args) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new MessageFormat(bundle.getString(key), locale).format(args);
    }
}
