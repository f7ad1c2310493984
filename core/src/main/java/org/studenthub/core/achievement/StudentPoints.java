package org.studenthub.core.achievement;

import java.util.List;

/**
 * A student's activity points from approved achievements only.
 *
 * @param categories per category: points earned, the category's cap, and the points that count (capped)
 * @param total      the sum of the counted points
 * @param periods    points earned per academic year and term (uncapped; an achievement counts in the term its
 *                   start date falls in)
 */
public record StudentPoints(long studentId, List<CategoryPoints> categories, int total, List<PeriodPoints> periods) {

    /** Points of one category. */
    public record CategoryPoints(String code, String name, int earned, int cap, int counted) {
    }

    /** Points earned in one term of one academic year ({@code term} is null for dates outside every term). */
    public record PeriodPoints(String year, String term, int earned) {
    }
}
