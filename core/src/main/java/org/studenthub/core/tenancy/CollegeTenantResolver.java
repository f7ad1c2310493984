package org.studenthub.core.tenancy;

import org.hibernate.context.spi.CurrentTenantIdentifierResolver;

/**
 * Hibernate's view of tenancy. Sessions are always opened with an explicit college id by
 * {@link org.studenthub.core.db.Transactions}, which refuses calls without a college. A session
 * opened any other way gets {@link #NO_COLLEGE}, which matches no row and cannot insert one
 * (no college has that id). {@link #PLATFORM} is the only "root" tenant: it is used for the
 * college table itself.
 */
public final class CollegeTenantResolver implements CurrentTenantIdentifierResolver<Long> {
    /** Tenant id for platform-level work that spans colleges (creating and listing colleges). */
    public static final Long PLATFORM = 0L;

    /** Tenant of a session opened without a college: sees and writes nothing. */
    public static final Long NO_COLLEGE = -1L;

    @Override
    public Long resolveCurrentTenantIdentifier() {
        return NO_COLLEGE;
    }

    @Override
    public boolean validateExistingCurrentSessions() {
        return false;
    }

    @Override
    public boolean isRoot(Long tenantId) {
        return PLATFORM.equals(tenantId);
    }
}
