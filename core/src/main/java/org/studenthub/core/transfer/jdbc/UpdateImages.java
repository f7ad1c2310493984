package org.studenthub.core.transfer.jdbc;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.studenthub.core.audit.AuditAction;
import org.studenthub.core.audit.AuditEntry;
import org.studenthub.core.audit.AuditJson;

/** The audit entry of a bulk update: the changed data columns of one row, before and after. */
final class UpdateImages {
    private UpdateImages() {}

    /** The entry for row {@code id}, or empty when no column changed. */
    static Optional<AuditEntry> entry(String table, long id, List<DbColumn> columns, Object[] before, Object[] after) {
        Map<String, Object> was = new LinkedHashMap<>();
        Map<String, Object> is = new LinkedHashMap<>();
        for (int i = 0; i < columns.size(); i++) {
            was.put(columns.get(i).name(), before[i]);
            is.put(columns.get(i).name(), after[i]);
        }
        return AuditJson.updated(was, is).map(changes -> new AuditEntry(table, id, AuditAction.UPDATE, changes));
    }
}
