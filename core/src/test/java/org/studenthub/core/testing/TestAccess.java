package org.studenthub.core.testing;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.studenthub.core.security.Access;
import org.studenthub.core.security.Permission;
import org.studenthub.core.security.Scope;

/** Short ways to build the {@link Access} of a test caller. */
public final class TestAccess {
    private TestAccess() {}

    /** Every college-level permission college-wide, except {@code missing}. */
    public static Access allBut(Permission missing) {
        Set<Permission> permissions = EnumSet.copyOf(Access.everything().permissions());
        permissions.remove(missing);
        return Access.collegeWide(permissions);
    }

    /** Every college-level permission college-wide, except {@code narrowed}, held only at {@code scope}. */
    public static Access narrowed(Permission narrowed, Scope scope) {
        Map<Permission, Set<Scope>> scopes = new EnumMap<>(Permission.class);
        Access.everything().permissions().forEach(p -> scopes.put(p, Set.of(Scope.COLLEGE)));
        scopes.put(narrowed, Set.of(scope));
        return Access.of(scopes, null, null);
    }

    /** The given permissions, each at {@code scope}, for a caller who is {@code studentId} or {@code teacherId}. */
    public static Access at(Scope scope, Long studentId, Long teacherId, Permission... permissions) {
        Map<Permission, Set<Scope>> scopes = new EnumMap<>(Permission.class);
        for (Permission permission : permissions) {
            scopes.put(permission, Set.of(scope));
        }
        return Access.of(scopes, studentId, teacherId);
    }
}
