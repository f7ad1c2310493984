package org.studenthub.core.teacher;

/** A teaching assignment as services return it; {@code version} is passed back with changes. */
public record TeachingAssignmentView(long id, long teacherId, long courseId, long sectionId, long termId,
                                     TeachingRole role, TeachingAssignmentStatus status, long version) {}
