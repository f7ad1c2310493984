package org.studenthub.core.achievement;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.studenthub.core.security.Permission;
import org.studenthub.core.security.Scope;
import org.studenthub.core.tenancy.CollegeContext;

/**
 * The queues a caller decides, from where they hold {@code achievement.approve}: college-wide is the
 * principal's queue, a department scope that department's head's queue, a section scope that section's
 * faculty queue, the assigned scope their own mentees' (by their teacher record), and every approver the
 * events they organise. PostgreSQL's {@code sh_my_routes()} (schema V031) applies the same rules to decide
 * which rows an approver may see and update; keep the two equal.
 */
public final class ApproverRoutes {
    private final Set<String> keys;

    private ApproverRoutes(Set<String> keys) {
        this.keys = Set.copyOf(keys);
    }

    static ApproverRoutes of(CollegeContext context) {
        Set<String> keys = new LinkedHashSet<>();
        Set<Scope> scopes = context.scopes(Permission.ACHIEVEMENT_APPROVE);
        for (Scope scope : scopes) {
            switch (scope.kind()) {
                case COLLEGE -> keys.add(new Route(0, ApproverKind.PRINCIPAL, 0).key());
                case DEPARTMENT -> keys.add(new Route(0, ApproverKind.HEAD_OF_DEPARTMENT, scope.id()).key());
                case SECTION -> keys.add(new Route(0, ApproverKind.SECTION_FACULTY, scope.id()).key());
                case ASSIGNED -> context.access().teacherId()
                        .ifPresent(teacher -> keys.add(new Route(0, ApproverKind.MENTOR, teacher).key()));
                default -> { }
            }
        }
        if (!scopes.isEmpty()) {
            context.access().userId()
                    .ifPresent(user -> keys.add(new Route(0, ApproverKind.EVENT_ORGANISER, user).key()));
        }
        return new ApproverRoutes(keys);
    }

    /** True when an achievement waiting for {@code route} is the caller's to decide. */
    public boolean decides(Route route) {
        return keys.contains(route.key());
    }

    /** The route keys ({@code KIND:id}). */
    public Set<String> keys() {
        return keys;
    }

    /** The routes as (kind, id) pairs, for queue queries. */
    List<Route> routes() {
        List<Route> routes = new ArrayList<>();
        for (String key : keys) {
            int colon = key.indexOf(':');
            routes.add(new Route(0, ApproverKind.valueOf(key.substring(0, colon)),
                    Long.parseLong(key.substring(colon + 1))));
        }
        return routes;
    }
}
