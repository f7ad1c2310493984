package org.studenthub.core.teacher;

import jakarta.validation.constraints.NotNull;

/** Who teaches which course to which section in which term, and in what role. */
public record NewTeachingAssignment(long teacherId, long courseId, long sectionId, long termId,
                                    @NotNull TeachingRole role) {}
