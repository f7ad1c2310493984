package org.studenthub.core.security;

import java.util.List;

/**
 * A role as one college has it: every permission within the role's ceiling, and whether the college
 * gives it to the role.
 */
public record RoleView(Role role, ScopeKind defaultScope, List<RolePermission> permissions) {
    public RoleView {
        permissions = List.copyOf(permissions);
    }

    /** The permissions the college gives the role. */
    public List<Permission> granted() {
        return permissions.stream().filter(RolePermission::granted).map(RolePermission::permission).toList();
    }

    /**
     * One permission within a role's ceiling.
     *
     * @param granted   the college gives it to the role
     * @param byDefault new colleges give it to the role
     */
    public record RolePermission(Permission permission, boolean granted, boolean byDefault) {}
}
