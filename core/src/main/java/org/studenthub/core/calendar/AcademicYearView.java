package org.studenthub.core.calendar;

import java.time.LocalDate;

/** An academic year as services return it; {@code version} is passed back with changes. */
public record AcademicYearView(long id, String code, LocalDate startsOn, LocalDate endsOn, AcademicYearStatus status,
                               long version) {}
