package org.studenthub.core.security;

import java.time.Instant;
import java.util.List;

/** A row of {@code app_user} as the embedded implementation reads it, password hash included. Never leaves the package. */
record StoredAccount(long id, Long collegeId, String collegeCode, String login, String displayName, UserStatus status,
                     Long studentId, Long teacherId, String passwordHash, int failedAttempts, Instant lockedUntil,
                     Instant lastSignInAt) {

    UserView view(List<Grant> grants) {
        return new UserView(id, collegeId, login, displayName, status, studentId, teacherId, failedAttempts,
                lockedUntil, lastSignInAt, grants);
    }

    boolean lockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    @Override
    public String toString() {
        return "StoredAccount[id=" + id + ", login=" + login + "]";
    }
}
