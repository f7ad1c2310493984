package org.studenthub.core.enrolment;

/** One enrolment of a section's class list with the number and name of its student, for showing on screen. */
public record EnrolledStudent(EnrolmentView enrolment, String studentNumber, String givenName, String familyName) {}
