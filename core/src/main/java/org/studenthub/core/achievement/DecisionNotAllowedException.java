package org.studenthub.core.achievement;

import org.studenthub.core.common.StudentHubException;

/** The decision does not apply to the achievement in its status (e.g. approving a draft). */
public class DecisionNotAllowedException extends StudentHubException {
    private static final long serialVersionUID = 1L;

    DecisionNotAllowedException(DecisionKind kind, long achievementId, AchievementStatus status) {
        super("achievement.decision.not_allowed", kind.name().toLowerCase(java.util.Locale.ROOT), achievementId,
                status.name().toLowerCase(java.util.Locale.ROOT));
    }

    DecisionNotAllowedException(String key, Object... args) {
        super(key, args);
    }

    /** The decider is the student the achievement belongs to, or submitted it. */
    static DecisionNotAllowedException ownAchievement(String actor, long achievementId) {
        return new DecisionNotAllowedException("achievement.decision.own", actor, achievementId);
    }

    /** Deciding needs a person: system work has no account to name as the decider. */
    static DecisionNotAllowedException noPerson(String actor) {
        return new DecisionNotAllowedException("achievement.decision.no_person", actor);
    }
}
