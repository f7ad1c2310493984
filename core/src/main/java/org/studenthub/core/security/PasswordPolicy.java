package org.studenthub.core.security;

import java.util.List;
import org.studenthub.core.common.Messages;
import org.studenthub.core.common.ValidationException;

/**
 * What a new password must be (OWASP ASVS 4, V2.1): at least {@value #MIN_LENGTH} and at most
 * {@value #MAX_LENGTH} characters, any characters (spaces and passphrases welcome), not the login itself.
 * No composition rules, as ASVS advises.
 */
public final class PasswordPolicy {
    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;

    private PasswordPolicy() {}

    /**
     * @throws ValidationException on field {@code password} when {@code password} is unacceptable for
     *                             the account {@code login}
     */
    public static void check(char[] password, String login) {
        int length = password == null ? 0 : Character.codePointCount(password, 0, password.length);
        if (length < MIN_LENGTH || length > MAX_LENGTH) {
            throw problem(Messages.get("security.password.length", MIN_LENGTH, MAX_LENGTH, length));
        }
        if (login != null && String.valueOf(password).strip().equalsIgnoreCase(login.strip())) {
            throw problem(Messages.get("security.password.login"));
        }
    }

    private static ValidationException problem(String message) {
        return new ValidationException(List.of(new ValidationException.FieldProblem("password", message)));
    }
}
