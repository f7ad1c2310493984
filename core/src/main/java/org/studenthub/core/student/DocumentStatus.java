package org.studenthub.core.student;

/** Documents are superseded or archived, never deleted. */
public enum DocumentStatus { ACTIVE, SUPERSEDED, ARCHIVED }
