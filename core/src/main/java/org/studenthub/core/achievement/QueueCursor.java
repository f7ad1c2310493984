package org.studenthub.core.achievement;

import java.time.Instant;
import org.studenthub.core.common.Messages;
import org.studenthub.core.common.ValidationException;

/** Where a queue page ended: the last row's submission time and id, as {@code epochSecond.nanos:id}. */
record QueueCursor(Instant submittedAt, long id) {
    static QueueCursor parse(String cursor) {
        if (cursor == null) {
            return null;
        }
        try {
            int colon = cursor.indexOf(':');
            int dot = cursor.indexOf('.');
            return new QueueCursor(Instant.ofEpochSecond(Long.parseLong(cursor.substring(0, dot)),
                    Long.parseLong(cursor.substring(dot + 1, colon))), Long.parseLong(cursor.substring(colon + 1)));
        } catch (RuntimeException e) {
            throw new ValidationException(java.util.List.of(new ValidationException.FieldProblem("after",
                    Messages.get("paging.cursor.invalid", cursor))));
        }
    }

    static String of(AchievementView last) {
        return last.submittedAt().getEpochSecond() + "." + last.submittedAt().getNano() + ":" + last.id();
    }
}
