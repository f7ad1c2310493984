package org.studenthub.core.teacher;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** Editable fields of a teacher, with the version the editor saw. */
public record TeacherChanges(
        long expectedVersion,
        @NotBlank @Size(max = 100) String givenName,
        @NotBlank @Size(max = 100) String familyName,
        @Size(max = 32) String title,
        @Email @Size(max = 254) String email,
        @Pattern(regexp = "[+0-9 ()./-]{3,32}", message = "{teacher.phone.pattern}") String phone,
        long departmentId,
        LocalDate hiredOn) {
    /** Optional texts left blank in a form count as absent. */
    public TeacherChanges {
        title = TeacherService.optional(title);
        email = TeacherService.optional(email);
        phone = TeacherService.optional(phone);
    }
}
