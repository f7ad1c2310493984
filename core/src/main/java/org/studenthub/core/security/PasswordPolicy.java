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
        if (login != null && sameIgnoringCaseAndOuterBlanks(password, login.strip())) {
            throw problem(Messages.get("security.password.login"));
        }
    }

    /** Compares without turning the password into a String (which could not be wiped). */
    private static boolean sameIgnoringCaseAndOuterBlanks(char[] password, String login) {
        int start = 0;
        int end = password.length;
        while (start < end && Character.isWhitespace(password[start])) {
            start++;
        }
        while (end > start && Character.isWhitespace(password[end - 1])) {
            end--;
        }
        if (end - start != login.length()) {
            return false;
        }
        for (int i = start; i < end; i++) {
            char a = password[i];
            char b = login.charAt(i - start);
            if (Character.toLowerCase(a) != Character.toLowerCase(b)) {
                return false;
            }
        }
        return true;
    }

    private static ValidationException problem(String message) {
        return new ValidationException(List.of(new ValidationException.FieldProblem("password", message)));
    }
}
