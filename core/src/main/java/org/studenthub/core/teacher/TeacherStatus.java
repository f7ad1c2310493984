package org.studenthub.core.teacher;

/** Employment status of a teacher; teachers who left or retired keep their history. */
public enum TeacherStatus { ACTIVE, ON_LEAVE, LEFT, RETIRED }
