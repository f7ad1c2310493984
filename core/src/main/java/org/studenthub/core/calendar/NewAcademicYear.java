package org.studenthub.core.calendar;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;

/**
 * What it takes to create an academic year; it starts PLANNED.
 *
 * @param code for example {@code 2025/26}
 */
public record NewAcademicYear(
        @NotBlank @Pattern(regexp = "[0-9]{4}(/[0-9]{2}|/[0-9]{4})?", message = "{calendar.year.code.pattern}")
        String code,
        @NotNull LocalDate startsOn,
        @NotNull LocalDate endsOn) {}
