package org.studenthub.core.achievement;

/**
 * Narrows an approval queue; every field is optional (null).
 *
 * @param categoryCode  only this category
 * @param level         only this level
 * @param sectionId     only students of this section (as submitted)
 * @param olderThanDays only achievements submitted at least this many days ago
 * @param newestFirst   newest submissions first instead of the oldest
 */
public record QueueFilter(String categoryCode, Level level, Long sectionId, Integer olderThanDays, boolean newestFirst) {
    public static final QueueFilter ALL = new QueueFilter(null, null, null, null, false);
}
