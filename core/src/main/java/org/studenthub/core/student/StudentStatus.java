package org.studenthub.core.student;

/** Where a student stands; students are never deleted, they change status. */
public enum StudentStatus { ACTIVE, SUSPENDED, WITHDRAWN, GRADUATED }
