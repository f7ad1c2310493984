package org.studenthub.core.enrolment;

import java.util.List;

/**
 * One page of enrolments in id order.
 *
 * @param nextAfterId pass it as {@code afterId} to get the next page; null when this is the last page
 */
public record EnrolmentPage(List<EnrolmentView> items, Long nextAfterId) {
    public EnrolmentPage {
        items = List.copyOf(items);
    }

    public boolean hasNext() {
        return nextAfterId != null;
    }
}
