package org.studenthub.core.college;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What it takes to create a college. */
public record NewCollege(
        @NotBlank @Pattern(regexp = "[A-Z0-9][A-Z0-9_-]{1,31}", message = "{college.code.pattern}") String code,
        @NotBlank @Size(max = 200) String name,
        @NotNull @Pattern(regexp = "en|it", message = "{college.locale.supported}") String defaultLocale,
        @NotBlank String timeZone,
        @NotNull CreditSystem creditSystem) {}
