package org.studenthub.app.teacher;

import org.studenthub.core.mentor.MentorAssignmentView;

/** One mentorship as the Mentees tab lists it: the assignment and the student's number and name. */
public record MenteeRow(MentorAssignmentView assignment, String studentNumber, String studentName) {}
