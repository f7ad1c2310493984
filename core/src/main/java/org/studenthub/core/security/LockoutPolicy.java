package org.studenthub.core.security;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * When repeated failed sign-ins lock an account (in the style of OWASP ASVS 2.2.1): from the
 * {@code threshold}-th consecutive failure on, the account is locked for {@code firstLock}, doubling
 * with each further failure up to {@code longestLock}. A successful sign-in or an unlock resets the count.
 */
public record LockoutPolicy(int threshold, Duration firstLock, Duration longestLock) {
    /** 5 failures lock for 1 minute, then 2, 4, 8, 16 and at most 30 minutes. */
    public static final LockoutPolicy DEFAULT = new LockoutPolicy(5, Duration.ofMinutes(1), Duration.ofMinutes(30));

    public LockoutPolicy {
        if (threshold < 1 || firstLock.isNegative() || firstLock.isZero() || longestLock.compareTo(firstLock) < 0) {
            throw new IllegalArgumentException("invalid lockout policy");
        }
    }

    /** Until when an account with {@code failedAttempts} consecutive failures, the last at {@code now}, is locked. */
    public Optional<Instant> lockedUntil(int failedAttempts, Instant now) {
        if (failedAttempts < threshold) {
            return Optional.empty();
        }
        int doublings = Math.min(failedAttempts - threshold, 30);
        Duration lock = firstLock.multipliedBy(1L << doublings);
        return Optional.of(now.plus(lock.compareTo(longestLock) > 0 ? longestLock : lock));
    }
}
