package org.studenthub.reporting.report;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The days a report covers, both included.
 *
 * @param label the academic year's code, or null for a period given by its dates only
 */
public record Period(String label, LocalDate from, LocalDate to) {
    public Period {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("a period ends on or after its first day");
        }
    }
}
