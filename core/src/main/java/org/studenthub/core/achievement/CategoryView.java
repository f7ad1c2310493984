package org.studenthub.core.achievement;

import java.util.List;
import java.util.Map;

/** A category with its points per level and its approval chain (step 1 first). */
public record CategoryView(long id, String code, String name, int pointsCap, boolean evidenceRequired, boolean active,
                           Map<Level, Integer> points, List<ApproverKind> chain, long version) {
}
