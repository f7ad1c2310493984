package org.studenthub.core.programme;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Editable fields of a programme, with the version the editor saw. */
public record ProgrammeChanges(
        long expectedVersion,
        @NotBlank @Size(max = 200) String name,
        @NotBlank @Size(max = 100) String degree,
        @NotNull ProgrammeLevel level,
        @Min(1) @Max(10) int durationYears,
        @Min(0) @Max(600) int credits) {}
