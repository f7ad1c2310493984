package org.studenthub.core.attendance;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A student's marks in one term, counted per mark by the database.
 *
 * @param rate present plus late over all marks, 4 decimals (0.8750); null when nothing is recorded
 */
public record AttendanceSummary(long studentId, long termId, long present, long absent, long late, long excused,
                                long total, BigDecimal rate) {

    static AttendanceSummary of(long studentId, long termId, long present, long absent, long late, long excused) {
        long total = present + absent + late + excused;
        BigDecimal rate = total == 0 ? null
                : BigDecimal.valueOf(present + late).divide(BigDecimal.valueOf(total), 4, RoundingMode.HALF_UP);
        return new AttendanceSummary(studentId, termId, present, absent, late, excused, total, rate);
    }
}
