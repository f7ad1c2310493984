package org.studenthub.core.student;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * What it takes to admit a student.
 *
 * @param preferredName the name the student goes by, or null
 * @param countryCode   ISO 3166 two-letter country code of the address, or null
 * @param sectionId     the section (class) the student is placed in, or null for none yet
 */
public record NewStudent(
        @NotBlank @Pattern(regexp = StudentRules.NUMBER_PATTERN, message = "{student.number.pattern}") String studentNumber,
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
        @NotNull LocalDate admissionDate,
        @Positive long programmeId,
        Long sectionId) {

    /** Bean Validation hook: a student is born before being admitted. */
    @AssertTrue(message = "{student.birth.before_admission}")
    public boolean isBornBeforeAdmission() {
        return dateOfBirth == null || admissionDate == null || dateOfBirth.isBefore(admissionDate);
    }
}
