package org.studenthub.core.achievement;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * What a student (or staff on their behalf) fills in for an achievement; saved as a draft and editable until
 * submitted (and again when it is returned for revision).
 *
 * @param categoryCode the category's code, e.g. {@code competition}
 * @param eventId      the event it was won or done at, or null; routes the first step to its organiser
 * @param links        web addresses proving it, one per line
 */
public record AchievementDraft(
        @NotNull Long studentId,
        @NotBlank @Size(max = 32) String categoryCode,
        @NotNull Level level,
        @NotBlank @Size(max = 200) String title,
        @Size(max = 4000) String description,
        @Size(max = 200) String issuer,
        Long eventId,
        @NotNull LocalDate startsOn,
        LocalDate endsOn,
        @Size(max = 2000) String links) {
}
