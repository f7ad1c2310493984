package org.studenthub.core.security;

import org.studenthub.core.common.StudentHubException;

/** The caller lacks the permission, or the record is outside the scope of their grants. */
public class AccessDeniedException extends StudentHubException {
    private static final long serialVersionUID = 1L;

    private AccessDeniedException(String key, Object... args) {
        super(key, args);
    }

    public static AccessDeniedException missing(Permission permission, String actor) {
        return new AccessDeniedException("security.denied.permission", actor, permission.code());
    }

    /** Platform administration cannot be granted inside a college, by anyone. */
    public static AccessDeniedException platformRole(String actor) {
        return new AccessDeniedException("security.denied.platform_role", actor, Role.PLATFORM_ADMIN.code());
    }

    public static AccessDeniedException outOfScope(Permission permission, String actor, String record) {
        return new AccessDeniedException("security.denied.scope", actor, permission.code(), record);
    }
}
