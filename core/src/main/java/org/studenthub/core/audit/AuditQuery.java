package org.studenthub.core.audit;

import java.util.List;
import org.studenthub.core.common.Messages;
import org.studenthub.core.common.ValidationException;

/**
 * Which audit rows to list, newest first.
 *
 * @param table only rows of this table (null: all)
 * @param rowId only rows of this record (null: all)
 * @param limit at most this many rows, 1 to {@value #MAX_LIMIT}
 */
public record AuditQuery(String table, Long rowId, int limit) {
    public static final int MAX_LIMIT = 10_000;

    public AuditQuery {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new ValidationException(List.of(new ValidationException.FieldProblem("limit",
                    Messages.get("audit.limit.range", limit, MAX_LIMIT))));
        }
    }
}
