package org.studenthub.core.course;

/** A course is active or retired; retired courses keep their history. */
public enum CourseStatus { ACTIVE, RETIRED }
