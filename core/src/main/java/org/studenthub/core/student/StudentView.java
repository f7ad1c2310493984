package org.studenthub.core.student;

import java.time.LocalDate;

/** A student as services return it; {@code version} is passed back with changes. */
public record StudentView(
        long id,
        String studentNumber,
        String givenName,
        String familyName,
        String preferredName,
        String nameKey,
        LocalDate dateOfBirth,
        String email,
        String phone,
        String addressLine,
        String city,
        String postalCode,
        String countryCode,
        StudentStatus status,
        LocalDate admissionDate,
        long programmeId,
        Long sectionId,
        long version) {}
