package org.studenthub.core.attendance;

import java.time.LocalDate;

/** Where a page of sessions ended: the date and period of its last session (unique within a section). */
public record SessionCursor(LocalDate heldOn, int periodNo) {}
