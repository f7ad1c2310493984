package org.studenthub.core.section;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/** Editable fields of a section, with the version the editor saw. */
public record SectionChanges(
        long expectedVersion,
        @NotBlank @Size(max = 200) String name,
        @Min(1) @Max(10) int yearOfStudy,
        @Positive Integer capacity) {}
