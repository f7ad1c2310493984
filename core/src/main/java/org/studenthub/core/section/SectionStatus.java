package org.studenthub.core.section;

/** A section is active or closed; closed sections keep their history. */
public enum SectionStatus { ACTIVE, CLOSED }
