package org.studenthub.core.course;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/**
 * What it takes to create a course taught by a department.
 *
 * @param credits credits of the course, 0 to 60 with at most one decimal (e.g. 7.5)
 */
public record NewCourse(
        long departmentId,
        @NotBlank @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9_-]{0,31}", message = "{record.code.pattern}") String code,
        @NotBlank @Size(max = 200) String title,
        @NotBlank @Size(max = 100) String subject,
        @NotNull @DecimalMin("0") @DecimalMax("60") @Digits(integer = 2, fraction = 1) BigDecimal credits) {}
