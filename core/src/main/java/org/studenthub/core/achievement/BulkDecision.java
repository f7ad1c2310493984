package org.studenthub.core.achievement;

import java.util.Optional;
import org.studenthub.core.common.StudentHubException;

/** One decision of a bulk call: its result, or why it was refused (the others still apply). */
public record BulkDecision(DecisionCommand command, DecisionResult result, StudentHubException refusal) {
    public Optional<DecisionResult> applied() {
        return Optional.ofNullable(result);
    }

    public boolean refused() {
        return refusal != null;
    }
}
