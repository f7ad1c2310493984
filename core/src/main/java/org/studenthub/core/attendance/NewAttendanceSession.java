package org.studenthub.core.attendance;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * What it takes to open an attendance session.
 *
 * @param courseId  optional course taught
 * @param teacherId optional teacher holding it
 * @param periodNo  period of the day, 1 to 12
 */
public record NewAttendanceSession(@NotNull Long sectionId, @NotNull Long termId, Long courseId, Long teacherId,
                                   @NotNull LocalDate heldOn, @Min(1) @Max(12) int periodNo,
                                   @Size(max = 200) String topic) {}
