package org.studenthub.core.common;

import java.util.List;

/**
 * One page of a keyset-paged list.
 *
 * @param items      the rows of this page, in list order
 * @param nextCursor pass as {@link PageRequest#after()} to get the next page; null on the last page
 */
public record Page<T>(List<T> items, String nextCursor) {}
