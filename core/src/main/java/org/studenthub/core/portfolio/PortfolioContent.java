package org.studenthub.core.portfolio;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.studenthub.core.achievement.ApproverKind;
import org.studenthub.core.achievement.Level;

/**
 * Everything a student's portfolio shows, read in one transaction by {@link PortfolioSource}: the college with its
 * branding, the student, and the student's APPROVED achievements grouped by category (categories in the college's
 * order, newest achievement first within each) with their evidence.
 */
public record PortfolioContent(College college, Student student, List<Achievement> achievements) {
    public PortfolioContent {
        achievements = List.copyOf(achievements);
    }

    /**
     * The college that issues the portfolio; {@code locale} is its default language (en or it), {@code timeZone}
     * the zone its dates are given in.
     */
    public record College(long id, String code, String name, String locale, String timeZone, CollegeBranding branding) {
    }

    /**
     * The student as the cover shows them.
     *
     * @param photo      the student's photo (JPEG or PNG bytes), or null
     * @param programme  the programme's name, {@code degree} its degree (e.g. "Laurea in Informatica")
     * @param section    the section's name, or null when the student has none
     */
    public record Student(long id, String number, String givenName, String familyName, String preferredName,
                          String programme, String degree, String section, byte[] photo) {
        /** The name printed on the portfolio: the given and family name. */
        public String fullName() {
            return givenName + " " + familyName;
        }
    }

    /**
     * One approved achievement.
     *
     * @param version      the achievement's version when read (an issued portfolio records it)
     * @param categoryRank the category's position in the college's order
     * @param categoryCap  the most points the category counts for one student
     * @param event        the name of the event it took part in, or null
     * @param approvedAt   when the last step approved it
     * @param approvedBy   the display name of who approved the last step, or null when it cannot be read
     * @param approverRole which step of the chain approved it last (null when the chain no longer says)
     */
    public record Achievement(long id, long version, String categoryCode, String categoryName, int categoryRank,
                              int categoryCap,
                              Level level, String title, String description, String issuer, String event,
                              LocalDate startsOn, LocalDate endsOn, int points, Instant approvedAt, String approvedBy,
                              ApproverKind approverRole, List<Evidence> evidence) {
        public Achievement {
            evidence = List.copyOf(evidence);
        }
    }

    /**
     * One evidence file. For images {@code content} is the normalised JPEG preview (upright, on white); for PDFs it
     * is the original file. {@code sha256} is always the hash of the original upload.
     */
    public record Evidence(long id, String fileName, String mediaType, String sha256, byte[] content) {
        public boolean isPdf() {
            return "application/pdf".equals(mediaType);
        }
    }
}
