package org.studenthub.core.tenancy;

import java.util.Objects;

/**
 * Who is calling and for which college. Every tenant-scoped service call takes one; a call
 * without it is refused. (The security layer extends this with the caller's roles and scopes.)
 *
 * @param collegeId the tenant every query of the call is restricted to
 * @param actor     the database login or account name of the caller, for audit and messages
 */
public record CollegeContext(long collegeId, String actor) {
    public CollegeContext {
        if (collegeId <= 0) {
            throw new IllegalArgumentException("collegeId must be positive");
        }
        Objects.requireNonNull(actor, "actor");
    }
}
