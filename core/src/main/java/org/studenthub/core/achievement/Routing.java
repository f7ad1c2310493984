package org.studenthub.core.achievement;

import java.util.List;
import java.util.Optional;

/**
 * Finds who decides the next step of a chain. A step for the event organiser does not apply to an
 * achievement without an event and is skipped; a mentor or section-faculty step the student has nobody for
 * goes to the head of department. When no step is left at submission, the head of department decides at the
 * last step, so that nothing is ever approved without anyone looking at it.
 */
final class Routing {
    private Routing() {}

    /** The route of the first step that applies at or after {@code fromStep} (1-based), if any. */
    static Optional<Route> from(List<ApproverKind> chain, int fromStep, RoutingFacts facts) {
        for (int step = fromStep; step <= chain.size(); step++) {
            Optional<Route> route = resolve(step, chain.get(step - 1), facts);
            if (route.isPresent()) {
                return route;
            }
        }
        return Optional.empty();
    }

    /** The route of a (re)submitted achievement: the first step that applies, or the head of department. */
    static Route atSubmission(List<ApproverKind> chain, RoutingFacts facts) {
        return from(chain, 1, facts).orElseGet(() -> departmentHead(chain.size(), facts));
    }

    private static Optional<Route> resolve(int step, ApproverKind kind, RoutingFacts facts) {
        return switch (kind) {
            case EVENT_ORGANISER -> Optional.ofNullable(facts.organiserId())
                    .map(user -> new Route(step, kind, user));
            case MENTOR -> Optional.of(facts.mentorId() == null ? departmentHead(step, facts)
                    : new Route(step, kind, facts.mentorId()));
            case SECTION_FACULTY -> Optional.of(facts.sectionId() == null ? departmentHead(step, facts)
                    : new Route(step, kind, facts.sectionId()));
            case HEAD_OF_DEPARTMENT -> Optional.of(departmentHead(step, facts));
            case PRINCIPAL -> Optional.of(new Route(step, kind, 0));
        };
    }

    private static Route departmentHead(int step, RoutingFacts facts) {
        return new Route(step, ApproverKind.HEAD_OF_DEPARTMENT, facts.departmentId());
    }
}
