package org.studenthub.core.security;

import org.studenthub.core.common.StudentHubException;

/** A college tried to give a role a permission outside what the role may ever hold (its ceiling). */
public final class OutsideCeilingException extends StudentHubException {
    private static final long serialVersionUID = 1L;

    public OutsideCeilingException(Role role, Permission permission) {
        super("security.role.ceiling", role.code(), permission.code());
    }
}
