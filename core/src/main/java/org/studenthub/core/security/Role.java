package org.studenthub.core.security;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The application roles. Mirrors the {@code app_role} table (schema V010); what each role may hold
 * (its ceiling) and holds by default is data in {@code role_ceiling}, and each college's own matrix is
 * {@code role_permission}. In PostgreSQL mode every role is also a database group role.
 */
public enum Role {
    PLATFORM_ADMIN(ScopeKind.PLATFORM),
    COLLEGE_ADMIN(ScopeKind.COLLEGE),
    REGISTRAR(ScopeKind.COLLEGE),
    ADMISSIONS_OFFICER(ScopeKind.COLLEGE),
    PRINCIPAL(ScopeKind.COLLEGE),
    HEAD_OF_DEPARTMENT(ScopeKind.DEPARTMENT),
    FACULTY(ScopeKind.SECTION),
    MENTOR(ScopeKind.ASSIGNED),
    STUDENT_ORGANISER(ScopeKind.SELF),
    STUDENT(ScopeKind.SELF),
    ACCREDITATION_COORDINATOR(ScopeKind.COLLEGE),
    AUDITOR(ScopeKind.COLLEGE),
    DATA_PROTECTION_OFFICER(ScopeKind.COLLEGE),
    IT_SUPPORT(ScopeKind.COLLEGE);

    private final ScopeKind defaultScope;

    Role(ScopeKind defaultScope) {
        this.defaultScope = defaultScope;
    }

    /** The catalogue code, e.g. {@code head_of_department}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The scope a grant of this role gets when none is named. */
    public ScopeKind defaultScope() {
        return defaultScope;
    }

    public static Optional<Role> fromCode(String code) {
        return Arrays.stream(values()).filter(r -> r.code().equals(code)).findFirst();
    }
}
