package org.studenthub.core.security;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * An account as services return it: no password hash.
 *
 * @param collegeId   the account's college, or null for a platform administrator
 * @param lockedUntil when a lock after failed sign-ins lifts, or null when not locked
 */
public record UserView(long id, Long collegeId, String login, String displayName, UserStatus status,
                       Long studentId, Long teacherId, int failedAttempts, Instant lockedUntil,
                       Instant lastSignInAt, List<Grant> grants) {
    public UserView {
        grants = List.copyOf(grants);
    }

    /** True when the account is locked at {@code now}. */
    public boolean lockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    public Optional<Long> college() {
        return Optional.ofNullable(collegeId);
    }
}
