package org.studenthub.core.portfolio;

import java.util.List;
import java.util.UUID;

/**
 * A portfolio about to be recorded as issued.
 *
 * @param contentSha256 lower-case hex SHA-256 of the portfolio's canonical content (its portfolio.json)
 * @param achievements  the achievements it contains, with the version each had when read
 */
public record IssuedPortfolio(UUID credentialId, long studentId, String contentSha256, String locale, int pageCount,
                              List<Item> achievements) {
    public IssuedPortfolio {
        achievements = List.copyOf(achievements);
    }

    /** One achievement in an issued portfolio. */
    public record Item(long achievementId, long version) {
    }
}
