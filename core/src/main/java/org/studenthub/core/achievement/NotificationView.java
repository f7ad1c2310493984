package org.studenthub.core.achievement;

import java.time.Instant;

/**
 * One inbox entry. {@code kind} is APPROVED, REJECTED, RETURNED, REVOKED or ADVANCED (decisions on the
 * reader's achievements) or WAITING (something waits for the reader); the client words it in the user's
 * language with the key {@code notification.<kind>}.
 */
public record NotificationView(long id, String kind, Long achievementId, String achievementTitle, Instant createdAt,
                               boolean read) {
}
