package org.studenthub.core.security;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What one signed-in caller may do in their college: for each permission, the scopes it reaches
 * (resolved at sign-in from the user's grants and the college's role-permission matrix), and which
 * student or teacher record the caller is, for SELF and ASSIGNED scopes. Immutable.
 */
public final class Access {
    private final Map<Permission, Set<Scope>> scopes;
    private final Long studentId;
    private final Long teacherId;

    private Access(Map<Permission, Set<Scope>> scopes, Long studentId, Long teacherId) {
        EnumMap<Permission, Set<Scope>> copy = new EnumMap<>(Permission.class);
        scopes.forEach((permission, set) -> {
            if (!set.isEmpty()) {
                copy.put(permission, Set.copyOf(set));
            }
        });
        this.scopes = Collections.unmodifiableMap(copy);
        this.studentId = studentId;
        this.teacherId = teacherId;
    }

    /** Access resolved from a user's grants. */
    public static Access of(Map<Permission, Set<Scope>> scopes, Long studentId, Long teacherId) {
        return new Access(scopes, studentId, teacherId);
    }

    /**
     * College-wide access to the given permissions, for trusted system work that no person performs
     * (demo data generation, tests). Never built from user input.
     */
    public static Access collegeWide(Set<Permission> permissions) {
        EnumMap<Permission, Set<Scope>> map = new EnumMap<>(Permission.class);
        permissions.forEach(p -> map.put(p, Set.of(Scope.COLLEGE)));
        return new Access(map, null, null);
    }

    /** College-wide access to every college-level permission. */
    public static Access everything() {
        EnumSet<Permission> all = EnumSet.allOf(Permission.class);
        all.remove(Permission.COLLEGE_MANAGE);
        return collegeWide(all);
    }

    public boolean has(Permission permission) {
        return scopes.containsKey(permission);
    }

    /** True when the permission reaches every record of the college. */
    public boolean collegeWide(Permission permission) {
        return scopes.getOrDefault(permission, Set.of()).contains(Scope.COLLEGE);
    }

    public Set<Scope> scopes(Permission permission) {
        return scopes.getOrDefault(permission, Set.of());
    }

    public Set<Permission> permissions() {
        return scopes.keySet();
    }

    public Optional<Long> studentId() {
        return Optional.ofNullable(studentId);
    }

    public Optional<Long> teacherId() {
        return Optional.ofNullable(teacherId);
    }
}
