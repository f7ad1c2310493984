package org.studenthub.core.achievement;

import java.util.List;
import java.util.Map;

/**
 * What a college administrator changes in a category; null fields stay as they are.
 *
 * @param points points per level to set (levels not named keep theirs)
 * @param chain  the whole new approval chain, 1 to 5 steps
 */
public record CategoryChange(String name, Integer pointsCap, Boolean evidenceRequired, Boolean active,
                             Map<Level, Integer> points, List<ApproverKind> chain) {
}
