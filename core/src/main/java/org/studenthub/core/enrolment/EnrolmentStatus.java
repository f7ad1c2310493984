package org.studenthub.core.enrolment;

/** Where a student stands in one section and term. Only ENROLLED is open; the others end the enrolment. */
public enum EnrolmentStatus { ENROLLED, COMPLETED, WITHDRAWN, SUSPENDED, TRANSFERRED }
