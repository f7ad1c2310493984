package org.studenthub.core.tenancy;

import java.util.Objects;
import org.studenthub.core.common.MissingCollegeContextException;
import org.studenthub.core.security.Access;
import org.studenthub.core.security.Permission;
import org.studenthub.core.security.Scope;

/**
 * Who is calling and for which college. Every tenant-scoped service call takes one; a call
 * without it is refused. Contexts for people come only from signing in (the security package);
 * system work such as demo generation builds one with {@link Access#collegeWide}.
 *
 * @param collegeId the tenant every query of the call is restricted to
 * @param actor     the database login or account name of the caller, for audit and messages
 * @param access    what the caller may do, and where
 */
public record CollegeContext(long collegeId, String actor, Access access) {
    public CollegeContext {
        if (collegeId <= 0) {
            throw new IllegalArgumentException("collegeId must be positive");
        }
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(access, "access");
    }

    /** A context for trusted system work with every college-level permission (demo data, tests). */
    public static CollegeContext system(long collegeId, String actor) {
        return new CollegeContext(collegeId, actor, Access.everything());
    }

    /**
     * Refuses the call unless the caller holds {@code permission} at some scope. Every public service
     * method starts with this (or {@link #requireCollegeWide}), in the static form that also refuses a
     * missing context; an architecture test checks it.
     */
    public void require(Permission permission) {
        if (!access.has(permission)) {
            throw org.studenthub.core.security.AccessDeniedException.missing(permission, actor);
        }
    }

    /** Refuses the call unless {@code permission} reaches the whole college. */
    public void requireCollegeWide(Permission permission) {
        require(permission);
        if (!access.collegeWide(permission)) {
            throw org.studenthub.core.security.AccessDeniedException.outOfScope(permission, actor, "college");
        }
    }

    /**
     * {@code context.require(permission)} for a context a caller may have left out: a missing context is
     * refused with {@link MissingCollegeContextException}, as {@code Transactions} refuses it, not with a
     * NullPointerException. Services call this form first thing.
     */
    public static void require(CollegeContext context, Permission permission) {
        present(context).require(permission);
    }

    /** {@code context.requireCollegeWide(permission)}, refusing a missing context like the static {@code require}. */
    public static void requireCollegeWide(CollegeContext context, Permission permission) {
        present(context).requireCollegeWide(permission);
    }

    private static CollegeContext present(CollegeContext context) {
        if (context == null) {
            throw new MissingCollegeContextException();
        }
        return context;
    }

    public boolean collegeWide(Permission permission) {
        return access.collegeWide(permission);
    }

    public java.util.Set<Scope> scopes(Permission permission) {
        return access.scopes(permission);
    }
}
