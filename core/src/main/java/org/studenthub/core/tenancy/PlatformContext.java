package org.studenthub.core.tenancy;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.studenthub.core.security.AccessDeniedException;
import org.studenthub.core.security.Permission;

/**
 * Who is calling for platform-level work that belongs to no one college (creating colleges and their
 * first administrators). Platform administrators get one from signing in; trusted system work (demo data,
 * tests) uses {@link #system}.
 *
 * @param actor       the account or database login of the caller, for audit and messages
 * @param permissions the platform-level permissions the caller holds (today only {@link Permission#COLLEGE_MANAGE})
 */
public record PlatformContext(String actor, Set<Permission> permissions) {
    public PlatformContext {
        Objects.requireNonNull(actor, "actor");
        permissions = permissions.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(permissions));
    }

    /** A context with every platform permission, for trusted system work that no person performs. */
    public static PlatformContext system(String actor) {
        return new PlatformContext(actor, Set.of(Permission.COLLEGE_MANAGE));
    }

    /** A context holding no platform permission (a college user). */
    public static PlatformContext none(String actor) {
        return new PlatformContext(actor, Set.of());
    }

    public boolean has(Permission permission) {
        return permissions.contains(permission);
    }

    /** Refuses the call unless the caller holds {@code permission}. */
    public void require(Permission permission) {
        if (!has(permission)) {
            throw AccessDeniedException.missing(permission, actor);
        }
    }
}
