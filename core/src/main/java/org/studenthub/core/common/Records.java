package org.studenthub.core.common;

import java.util.function.Function;
import org.hibernate.Session;

/**
 * Loading a record of the caller's college by id, for reading or for a change made from a copy
 * the user saw. Services use these so that "not found" and "changed by someone else" read the
 * same everywhere and name the record.
 */
public final class Records {
    private Records() {}

    /** The record with this id in the session's college, or {@link NotFoundException} naming {@code kind}. */
    public static <T extends BaseEntity> T getOrThrow(Session session, Class<T> type, long id, String kind) {
        T record = session.find(type, id);
        if (record == null) {
            throw new NotFoundException(kind, id);
        }
        return record;
    }

    /**
     * The record, if it is still at {@code expectedVersion}; otherwise a {@link ConflictException}
     * naming it by {@code identifier} (its code or number, as users know it).
     */
    public static <T extends BaseEntity> T atVersion(T record, long expectedVersion, String kind,
                                                     Function<T, Object> identifier) {
        if (record.getVersion() != expectedVersion) {
            throw ConflictException.staleRecord(kind, identifier.apply(record), null);
        }
        return record;
    }
}
