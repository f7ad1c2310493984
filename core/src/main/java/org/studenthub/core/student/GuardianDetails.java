package org.studenthub.core.student;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A guardian's details, for adding one (expectedVersion ignored) or editing one (expectedVersion
 * is the version the editor saw). A guardian must be reachable: email or phone.
 *
 * @param primaryContact whether this guardian is the student's first contact; setting it clears
 *                       the flag on the student's other guardians
 */
public record GuardianDetails(
        long expectedVersion,
        @NotBlank @Size(max = 100) String givenName,
        @NotBlank @Size(max = 100) String familyName,
        @NotNull GuardianRelationship relationship,
        @Email @Size(max = 254) String email,
        @Size(max = 32) String phone,
        @Size(max = 200) String addressLine,
        boolean primaryContact) {

    /** Bean Validation hook: email or phone is required. */
    @AssertTrue(message = "{guardian.contact.required}")
    public boolean isReachable() {
        return StudentRules.optional(email) != null || StudentRules.optional(phone) != null;
    }
}
