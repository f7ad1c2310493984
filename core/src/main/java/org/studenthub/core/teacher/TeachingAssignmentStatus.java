package org.studenthub.core.teacher;

/** An assignment is active or ended; ended assignments keep the history of who taught what. */
public enum TeachingAssignmentStatus { ACTIVE, ENDED }
