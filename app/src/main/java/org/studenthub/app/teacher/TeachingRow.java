package org.studenthub.app.teacher;

import org.studenthub.core.teacher.TeachingAssignmentView;

/** One teaching assignment as the Teaching tab lists it: the assignment and how people name its term, course, section. */
public record TeachingRow(TeachingAssignmentView assignment, String term, String course, String section) {}
