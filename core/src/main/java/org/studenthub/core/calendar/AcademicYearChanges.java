package org.studenthub.core.calendar;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/** New dates of an academic year, with the version the editor saw. Its terms must still fit inside. */
public record AcademicYearChanges(long expectedVersion, @NotNull LocalDate startsOn, @NotNull LocalDate endsOn) {}
