package org.studenthub.core.department;

/** A department is active or closed; closed departments keep their history. */
public enum DepartmentStatus { ACTIVE, CLOSED }
