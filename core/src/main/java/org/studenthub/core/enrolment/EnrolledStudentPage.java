package org.studenthub.core.enrolment;

import java.util.List;

/**
 * One page of a section's enrolled students, by student number.
 *
 * @param nextAfterNumber pass it as {@code afterNumber} to get the next page; null when this is the last page
 */
public record EnrolledStudentPage(List<EnrolledStudent> items, String nextAfterNumber) {
    public EnrolledStudentPage {
        items = List.copyOf(items);
    }

    public boolean hasNext() {
        return nextAfterNumber != null;
    }
}
