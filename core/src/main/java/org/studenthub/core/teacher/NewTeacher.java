package org.studenthub.core.teacher;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * What it takes to record a teacher; optional fields may be null.
 *
 * @param title for example Prof. or Dr.
 */
public record NewTeacher(
        @NotBlank @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9_-]{0,31}", message = "{record.code.pattern}")
        String staffNumber,
        @NotBlank @Size(max = 100) String givenName,
        @NotBlank @Size(max = 100) String familyName,
        @Size(max = 32) String title,
        @Email @Size(max = 254) String email,
        @Pattern(regexp = "[+0-9 ()./-]{3,32}", message = "{teacher.phone.pattern}") String phone,
        long departmentId,
        LocalDate hiredOn) {
    /** Optional texts left blank in a form count as absent. */
    public NewTeacher {
        title = TeacherService.optional(title);
        email = TeacherService.optional(email);
        phone = TeacherService.optional(phone);
    }
}
