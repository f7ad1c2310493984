package org.studenthub.app.session;

import org.studenthub.app.AppServices;
import org.studenthub.core.security.Permission;
import org.studenthub.core.tenancy.CollegeContext;

/**
 * A signed-in person: the services of the database they signed in to and the context they act with in their
 * college. Screens take what they need from here; nothing else holds the signed-in state.
 */
public record Session(AppServices services, CollegeContext college, String login, String displayName,
                      String collegeName, ConnectionProfile profile) {
    public boolean may(Permission permission) {
        return college.access().has(permission);
    }
}
