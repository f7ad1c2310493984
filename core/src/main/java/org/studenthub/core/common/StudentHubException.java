package org.studenthub.core.common;

import java.util.Arrays;

/**
 * Root of StudentHub's own errors. Carries a message key (resolved through {@link Messages}
 * in the user's language), its arguments and a short error code that also appears in the log,
 * so a user's screenshot and the log line can be matched.
 */
public class StudentHubException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String messageKey;
    private final transient Object[] args;

    public StudentHubException(String messageKey, Object... args) {
        super(messageKey);
        this.messageKey = messageKey;
        this.args = args == null ? new Object[0] : args.clone();
    }

    public StudentHubException(String messageKey, Throwable cause, Object... args) {
        super(messageKey, cause);
        this.messageKey = messageKey;
        this.args = args == null ? new Object[0] : args.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args.clone();
    }

    /** Short, stable code derived from the key, e.g. {@code SH-IMPORT-INVALID}. */
    public String errorCode() {
        String[] parts = messageKey.split("\\.");
        String tail = String.join("-", Arrays.copyOf(parts, Math.min(parts.length, 3)));
        return "SH-" + tail.toUpperCase(java.util.Locale.ROOT).replace('_', '-');
    }

    /** The message in English, for logs; users get {@link #localizedMessage(java.util.Locale)}. */
    @Override
    public String getMessage() {
        return Messages.get(java.util.Locale.ENGLISH, messageKey, args);
    }

    public String localizedMessage(java.util.Locale locale) {
        return Messages.get(locale, messageKey, args);
    }
}
