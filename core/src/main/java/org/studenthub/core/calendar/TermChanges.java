package org.studenthub.core.calendar;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** Editable fields of a term, with the version the editor saw. */
public record TermChanges(
        long expectedVersion,
        @NotBlank @Size(max = 100) String name,
        @Min(1) @Max(12) int sequenceNo,
        @NotNull LocalDate startsOn,
        @NotNull LocalDate endsOn) {}
