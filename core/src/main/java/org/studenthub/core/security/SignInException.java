package org.studenthub.core.security;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.studenthub.core.common.StudentHubException;

/**
 * Sign-in refused. An unknown login and a wrong password give the same {@link #failed()} message, so
 * the message never tells whether an account exists.
 */
public final class SignInException extends StudentHubException {
    private static final long serialVersionUID = 1L;

    private SignInException(String key, Object... args) {
        super(key, args);
    }

    /** Unknown login or wrong password (deliberately not saying which). */
    public static SignInException failed() {
        return new SignInException("security.signin.refused");
    }

    /** Too many failed sign-ins: locked until {@code until}. */
    public static SignInException locked(Instant until, Instant now) {
        long minutes = Math.max(1, (Duration.between(now, until).getSeconds() + 59) / 60);
        return new SignInException("security.signin.locked", Date.from(until), minutes);
    }

    /** The password was right but the account is disabled. */
    public static SignInException disabled() {
        return new SignInException("security.signin.disabled");
    }
}
