package org.studenthub.core.programme;

/** Level of the qualification a programme leads to, from shortest to longest. */
public enum ProgrammeLevel { CERTIFICATE, DIPLOMA, BACHELOR, MASTER, DOCTORATE }
