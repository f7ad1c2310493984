package org.studenthub.core.calendar;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * What it takes to add a term to an academic year; its dates must lie inside the year's.
 *
 * @param sequenceNo position of the term in its year, 1 to 12
 */
public record NewTerm(
        long academicYearId,
        @NotBlank @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9_-]{0,15}", message = "{calendar.term.code.pattern}")
        String code,
        @NotBlank @Size(max = 100) String name,
        @Min(1) @Max(12) int sequenceNo,
        @NotNull LocalDate startsOn,
        @NotNull LocalDate endsOn) {}
