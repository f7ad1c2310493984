package org.studenthub.core.attendance;

import java.util.List;

/**
 * One page of a section's sessions by date and period.
 *
 * @param next pass it as {@code after} to get the next page; null when this is the last page
 */
public record AttendanceSessionPage(List<AttendanceSessionView> items, SessionCursor next) {
    public AttendanceSessionPage {
        items = List.copyOf(items);
    }

    public boolean hasNext() {
        return next != null;
    }
}
