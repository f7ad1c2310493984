package org.studenthub.core.section;

/** A section as services return it; {@code version} is passed back with changes. */
public record SectionView(long id, long programmeId, long academicYearId, String code, String name, int yearOfStudy,
                          Integer capacity, SectionStatus status, long version) {}
