package org.studenthub.core.achievement;

/** Who an achievement waits for: a step of its chain, the kind of approver and the route id (see {@link ApproverKind}). */
public record Route(int step, ApproverKind approver, long routeId) {
    /** The key the database's sh_my_routes() uses: {@code KIND:id}. */
    public String key() {
        return approver.name() + ":" + routeId;
    }
}
