package org.studenthub.core.mentor;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/** What it takes to make a teacher the mentor of a student from a date. */
public record NewMentorAssignment(@NotNull Long teacherId, @NotNull Long studentId, @NotNull LocalDate startsOn) {}
