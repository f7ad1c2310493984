package org.studenthub.core.achievement;

import java.util.LinkedHashSet;
import java.util.Set;
import org.studenthub.core.tenancy.CollegeContext;

/**
 * How notifications are addressed: to a student record ({@code STUDENT:id}), an account ({@code USER:id}) or
 * a queue (a route key such as {@code MENTOR:12}, seen by everyone who decides it). PostgreSQL's
 * {@code sh_my_recipients()} (schema V031) gives the same set for the caller.
 */
final class Recipients {
    private Recipients() {}

    static String student(long studentId) {
        return "STUDENT:" + studentId;
    }

    static Set<String> of(CollegeContext context) {
        Set<String> recipients = new LinkedHashSet<>(ApproverRoutes.of(context).keys());
        context.access().userId().ifPresent(user -> recipients.add("USER:" + user));
        context.access().studentId().ifPresent(student -> recipients.add(student(student)));
        return recipients;
    }
}
