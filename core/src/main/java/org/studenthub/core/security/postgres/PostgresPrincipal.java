package org.studenthub.core.security.postgres;

import java.util.Optional;
import org.studenthub.core.security.Access;
import org.studenthub.core.security.Permission;
import org.studenthub.core.tenancy.CollegeContext;

/**
 * The person behind a PostgreSQL connection, as the database itself reports it (sh_whoami and
 * sh_my_access): their account, their college (none for platform administrators) and their access.
 */
public record PostgresPrincipal(long userId, Long collegeId, String login, String displayName, Access access) {

    public boolean platformAdministrator() {
        return collegeId == null && access.has(Permission.COLLEGE_MANAGE);
    }

    /** The context for the person's college, or empty for a platform administrator. */
    public Optional<CollegeContext> collegeContext() {
        return collegeId == null ? Optional.empty() : Optional.of(new CollegeContext(collegeId, login, access));
    }
}
