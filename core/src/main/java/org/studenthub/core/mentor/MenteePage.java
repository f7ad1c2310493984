package org.studenthub.core.mentor;

import java.util.List;

/**
 * One page of a teacher's mentor assignments in id order.
 *
 * @param nextAfterId pass it as {@code afterId} to get the next page; null when this is the last page
 */
public record MenteePage(List<MentorAssignmentView> items, Long nextAfterId) {
    public MenteePage {
        items = List.copyOf(items);
    }

    public boolean hasNext() {
        return nextAfterId != null;
    }
}
