package org.studenthub.core.college;

/** How a college counts study load: ECTS, Italian CFU, or plain credits. */
public enum CreditSystem { ECTS, CFU, CREDITS }
