package org.studenthub.core.achievement;

import java.util.List;

/** One achievement with its evidence files (without their bytes) and its decisions, oldest first. */
public record AchievementDetail(AchievementView achievement, List<EvidenceView> evidence, List<DecisionView> decisions) {
}
