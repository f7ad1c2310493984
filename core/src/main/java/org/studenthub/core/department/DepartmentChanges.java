package org.studenthub.core.department;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Editable fields of a department, with the version the editor saw.
 *
 * @param headTeacherId the head of department, or null for none
 */
public record DepartmentChanges(long expectedVersion, @NotBlank @Size(max = 200) String name, Long headTeacherId) {}
