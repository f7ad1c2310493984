package org.studenthub.core.programme;

/** A programme as services return it; {@code version} is passed back with changes. */
public record ProgrammeView(long id, long departmentId, String code, String name, String degree,
                            ProgrammeLevel level, int durationYears, int credits, ProgrammeStatus status,
                            long version) {}
