package org.studenthub.core.department;

/** A department as services return it; {@code version} is passed back with changes. */
public record DepartmentView(long id, String code, String name, DepartmentStatus status, Long headTeacherId,
                             long version) {}
