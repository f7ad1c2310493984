package org.studenthub.core.section;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/**
 * What it takes to create a section (a class group of one programme in one academic year).
 *
 * @param yearOfStudy 1 up to the programme's duration in years
 * @param capacity    most students the section takes, or null for no limit
 */
public record NewSection(
        long programmeId,
        long academicYearId,
        @NotBlank @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9_-]{0,31}", message = "{record.code.pattern}") String code,
        @NotBlank @Size(max = 200) String name,
        @Min(1) @Max(10) int yearOfStudy,
        @Positive Integer capacity) {}
