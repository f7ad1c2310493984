package org.studenthub.core.achievement;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * An event or activity that an organiser runs; achievements naming it go to the organiser first.
 *
 * @param organiserLogin the organiser's sign-in name (a student organiser or a member of staff)
 */
public record NewEvent(@NotBlank @Size(max = 200) String name, @NotNull LocalDate startsOn, @NotNull LocalDate endsOn,
                       @NotBlank String organiserLogin) {
}
