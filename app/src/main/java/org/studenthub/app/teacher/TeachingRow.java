package org.studenthub.app.teacher;

import org.studenthub.core.teacher.TeachingAssignmentView;

/** One teaching assignment as the Teaching tab lists it: the assignment, its term and course named, its section code. */
public record TeachingRow(TeachingAssignmentView assignment, String term, String course, String section) {}
