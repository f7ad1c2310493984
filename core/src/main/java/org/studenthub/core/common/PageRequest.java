package org.studenthub.core.common;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * Which page of a keyset-paged list to read.
 *
 * @param limit at most this many rows (1 to 500)
 * @param after the {@link Page#nextCursor()} of the previous page, or null for the first page
 */
public record PageRequest(@Min(1) @Max(500) int limit, String after) {}
