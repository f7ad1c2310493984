package org.studenthub.core.teacher;

/** The part a teacher plays in teaching a course to a section. */
public enum TeachingRole { LEAD, ASSISTANT }
