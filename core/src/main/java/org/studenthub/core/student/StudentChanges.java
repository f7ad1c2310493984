package org.studenthub.core.student;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * Editable fields of a student, with the version the editor saw. The student number, admission
 * date, status and section change through their own operations.
 */
public record StudentChanges(
        long expectedVersion,
        @NotBlank @Size(max = 100) String givenName,
        @NotBlank @Size(max = 100) String familyName,
        @Size(max = 100) String preferredName,
        LocalDate dateOfBirth,
        @Email @Size(max = 254) String email,
        @Size(max = 32) String phone,
        @Size(max = 200) String addressLine,
        @Size(max = 100) String city,
        @Size(max = 16) String postalCode,
        @Pattern(regexp = "[A-Z]{2}", message = "{student.country.pattern}") String countryCode,
        @Positive long programmeId) {}
