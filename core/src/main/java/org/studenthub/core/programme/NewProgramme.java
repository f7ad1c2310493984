package org.studenthub.core.programme;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What it takes to create a programme of study within a department. */
public record NewProgramme(
        long departmentId,
        @NotBlank @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9_-]{0,31}", message = "{record.code.pattern}") String code,
        @NotBlank @Size(max = 200) String name,
        @NotBlank @Size(max = 100) String degree,
        @NotNull ProgrammeLevel level,
        @Min(1) @Max(10) int durationYears,
        @Min(0) @Max(600) int credits) {}
