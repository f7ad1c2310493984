package org.studenthub.app.attendance;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.studenthub.core.calendar.TermView;

/**
 * What the take-attendance screen offers: the active sections of the current academic year the person may take
 * attendance for (their own first) and the terms of that year.
 */
record AttendanceChoices(List<SectionChoice> sections, List<TermView> terms) {
    static final AttendanceChoices NONE = new AttendanceChoices(List.of(), List.of());

    /** The term {@code day} falls in; else the last one started by then; else the first. */
    static TermView termOf(List<TermView> terms, LocalDate day) {
        return terms.stream().filter(t -> !day.isBefore(t.startsOn()) && !day.isAfter(t.endsOn())).findFirst()
                .or(() -> terms.stream().filter(t -> !t.startsOn().isAfter(day))
                        .max(Comparator.comparing(TermView::startsOn)))
                .orElse(terms.isEmpty() ? null : terms.get(0));
    }
}
