package org.studenthub.core.student;

/** How a guardian is related to the student. */
public enum GuardianRelationship { MOTHER, FATHER, GUARDIAN, SPOUSE, OTHER }
