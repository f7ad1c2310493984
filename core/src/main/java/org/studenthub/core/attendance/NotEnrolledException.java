package org.studenthub.core.attendance;

import java.util.Collection;
import java.util.stream.Collectors;
import org.studenthub.core.common.StudentHubException;

/** Marks were given for students who were not enrolled in the session's section and term on its date. */
public class NotEnrolledException extends StudentHubException {
    private static final long serialVersionUID = 1L;

    public NotEnrolledException(Collection<Long> studentIds, long sessionId) {
        super("attendance.mark.not_enrolled",
                studentIds.stream().sorted().map(String::valueOf).collect(Collectors.joining(", ")),
                String.valueOf(sessionId));
    }
}
