package org.studenthub.app.section;

import java.time.LocalDate;
import java.util.List;
import org.studenthub.core.calendar.TermView;

/** Which term a screen starts on, and the day an enrolment made today counts from. */
public final class TermChoice {
    private TermChoice() {}

    /** The term running on {@code today}; else the latest one already started; else the first; null if none. */
    public static TermView current(List<TermView> terms, LocalDate today) {
        TermView started = null;
        for (TermView term : terms) {
            if (!today.isBefore(term.startsOn()) && !today.isAfter(term.endsOn())) {
                return term;
            }
            if (!today.isBefore(term.startsOn())) {
                started = term;
            }
        }
        return started != null ? started : terms.isEmpty() ? null : terms.get(0);
    }

    /** Today, moved into the term when the term has not started yet or is over. */
    public static LocalDate enrolmentDay(TermView term, LocalDate today) {
        if (today.isBefore(term.startsOn())) {
            return term.startsOn();
        }
        return today.isAfter(term.endsOn()) ? term.endsOn() : today;
    }

    /** The day an enrolment that started on {@code enrolledOn} ends when it is ended today. */
    public static LocalDate endDay(LocalDate enrolledOn, LocalDate today) {
        return today.isBefore(enrolledOn) ? enrolledOn : today;
    }
}
