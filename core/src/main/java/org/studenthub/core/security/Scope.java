package org.studenthub.core.security;

import java.util.Objects;

/**
 * Where a grant applies: a kind and, for departments and sections, the record's id (0 otherwise).
 */
public record Scope(ScopeKind kind, long id) {
    public static final Scope COLLEGE = new Scope(ScopeKind.COLLEGE, 0);
    public static final Scope ASSIGNED = new Scope(ScopeKind.ASSIGNED, 0);
    public static final Scope SELF = new Scope(ScopeKind.SELF, 0);
    public static final Scope PLATFORM = new Scope(ScopeKind.PLATFORM, 0);

    public Scope {
        Objects.requireNonNull(kind, "kind");
        if (kind.needsId() != (id > 0)) {
            throw new IllegalArgumentException(kind + (kind.needsId() ? " needs" : " takes no") + " record id");
        }
    }

    public static Scope department(long departmentId) {
        return new Scope(ScopeKind.DEPARTMENT, departmentId);
    }

    public static Scope section(long sectionId) {
        return new Scope(ScopeKind.SECTION, sectionId);
    }

    @Override
    public String toString() {
        return kind.needsId() ? kind.name().toLowerCase(java.util.Locale.ROOT) + ":" + id
                : kind.name().toLowerCase(java.util.Locale.ROOT);
    }
}
