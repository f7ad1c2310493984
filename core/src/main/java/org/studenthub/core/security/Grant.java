package org.studenthub.core.security;

import java.util.Objects;

/** A role given to a user within a scope (a row of {@code user_grant}). */
public record Grant(Role role, Scope scope) {
    public Grant {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(scope, "scope");
    }

    @Override
    public String toString() {
        return role.code() + "@" + scope;
    }
}
