package org.studenthub.core.calendar;

/** Planned years are being prepared, one year is current, past years are closed. */
public enum AcademicYearStatus { PLANNED, CURRENT, CLOSED }
