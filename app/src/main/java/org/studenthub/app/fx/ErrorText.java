package org.studenthub.app.fx;

import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.studenthub.app.I18n;
import org.studenthub.core.common.StudentHubException;

/**
 * What a person reads when something fails: the localised message of a known error with its short code (the
 * same code as in the log), or, for anything unexpected, a plain sentence pointing to the log. Logged once, here.
 */
public final class ErrorText {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorText.class);

    private ErrorText() {}

    public static String of(Locale locale, Throwable error) {
        if (error instanceof StudentHubException known) {
            LOG.warn("Shown to the user [{}]", known.errorCode(), known);
            return I18n.tr(locale, known.messageKey(), known.args()) + " (" + known.errorCode() + ")";
        }
        LOG.error("Unexpected failure shown to the user", error);
        return I18n.tr(locale, "client.error.unexpected", error.getClass().getSimpleName());
    }
}
