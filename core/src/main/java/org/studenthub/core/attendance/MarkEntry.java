package org.studenthub.core.attendance;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** One line of a session's register: a student, the mark and an optional note. */
public record MarkEntry(@NotNull Long studentId, @NotNull Mark mark, @Size(max = 200) String note) {}
