package org.studenthub.core.programme;

/** A programme is active or closed to new students; closed programmes keep their history. */
public enum ProgrammeStatus { ACTIVE, CLOSED }
