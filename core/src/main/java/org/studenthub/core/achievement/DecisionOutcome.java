package org.studenthub.core.achievement;

/** What became of a decision. */
public enum DecisionOutcome {
    /** The achievement moved to the decision's new state. */
    APPLIED,
    /** The achievement had changed since the decider saw it: the decision is kept, nothing was overwritten. */
    CONFLICT
}
