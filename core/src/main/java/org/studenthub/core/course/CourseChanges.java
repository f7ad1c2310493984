package org.studenthub.core.course;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/** Editable fields of a course, with the version the editor saw. */
public record CourseChanges(
        long expectedVersion,
        @NotBlank @Size(max = 200) String title,
        @NotBlank @Size(max = 100) String subject,
        @NotNull @DecimalMin("0") @DecimalMax("60") @Digits(integer = 2, fraction = 1) BigDecimal credits) {}
