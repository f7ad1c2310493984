package org.studenthub.core.security;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Everything a user can be allowed to do. Mirrors the {@code app_permission} table (schema V010);
 * {@code SecurityCatalogueTest} keeps the two equal. A role holds permissions; a grant gives a user a
 * role within a {@link Scope}.
 */
public enum Permission {
    /** Create colleges and their first administrator (platform administrators only). */
    COLLEGE_MANAGE,
    /** See the college structure: departments, programmes, courses, calendar, sections, teachers. */
    RECORDS_READ,
    RECORDS_WRITE,
    /** See students' personal records (within the grant's scope). */
    STUDENT_READ,
    STUDENT_WRITE,
    STUDENT_IMPORT,
    STUDENT_EXPORT,
    ATTENDANCE_WRITE,
    ACHIEVEMENT_SUBMIT,
    ACHIEVEMENT_VERIFY,
    ACHIEVEMENT_APPROVE,
    ACHIEVEMENT_REVOKE,
    PORTFOLIO_ISSUE,
    REPORT_ACCREDITATION,
    AUDIT_READ,
    USER_MANAGE,
    /** Unlock accounts and reset passwords, without access to personal data. */
    USER_UNLOCK,
    ROLE_MANAGE,
    PRIVACY_EXPORT,
    PRIVACY_ERASE;

    /** The catalogue code, e.g. {@code student.read}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replaceFirst("_", ".");
    }

    public static Optional<Permission> fromCode(String code) {
        return Arrays.stream(values()).filter(p -> p.code().equals(code)).findFirst();
    }
}
