package org.studenthub.core.calendar;

import java.time.LocalDate;

/** A term as services return it; {@code version} is passed back with changes. */
public record TermView(long id, long academicYearId, String code, String name, int sequenceNo, LocalDate startsOn,
                       LocalDate endsOn, long version) {}
