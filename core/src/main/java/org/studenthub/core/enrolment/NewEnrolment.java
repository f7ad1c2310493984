package org.studenthub.core.enrolment;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/** What it takes to enrol a student in a section of a programme for a term. */
public record NewEnrolment(@NotNull Long studentId, @NotNull Long programmeId, @NotNull Long sectionId,
                           @NotNull Long termId, @NotNull LocalDate enrolledOn) {}
