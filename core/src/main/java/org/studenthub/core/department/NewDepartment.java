package org.studenthub.core.department;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What it takes to create a department. */
public record NewDepartment(
        @NotBlank @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9_-]{0,31}", message = "{record.code.pattern}") String code,
        @NotBlank @Size(max = 200) String name) {}
