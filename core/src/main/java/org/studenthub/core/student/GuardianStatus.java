package org.studenthub.core.student;

/** Guardians are deactivated, never deleted. */
public enum GuardianStatus { ACTIVE, INACTIVE }
