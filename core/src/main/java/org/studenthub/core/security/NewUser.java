package org.studenthub.core.security;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Locale;

/**
 * What it takes to create an account. The login is stored in lower case. The password is checked against
 * {@link PasswordPolicy}, hashed and never kept; the caller wipes the array afterwards. A student's or a
 * teacher's account names their record, so SELF and ASSIGNED scopes know who they are.
 *
 * @param studentId the student record this account belongs to, or null
 * @param teacherId the teacher record this account belongs to, or null
 */
public record NewUser(
        @NotBlank @Pattern(regexp = "[a-z0-9][a-z0-9._-]{1,39}", message = "{security.login.pattern}") String login,
        @NotBlank @Size(max = 200) String displayName,
        char[] password,
        Long studentId,
        Long teacherId) {

    public NewUser {
        login = login == null ? null : login.strip().toLowerCase(Locale.ROOT);
        displayName = displayName == null ? null : displayName.strip();
    }

    /** An account not linked to a student or teacher record. */
    public static NewUser of(String login, String displayName, char[] password) {
        return new NewUser(login, displayName, password, null, null);
    }

    @Override
    public String toString() {
        return "NewUser[login=" + login + ", displayName=" + displayName + ", studentId=" + studentId
                + ", teacherId=" + teacherId + "]";
    }
}
