package org.studenthub.core.achievement;

/** What a decision does. Every change of an achievement's status is one of these. */
public enum DecisionKind {
    /** The student (or staff on their behalf) submits a draft or a returned achievement. */
    SUBMIT(false),
    APPROVE(false),
    /** Final refusal; a reason is required. */
    REJECT(true),
    /** Back to the student for revision; a comment is required. */
    RETURN(true),
    /** Withdraws an approval (head of department or principal); a reason is required. */
    REVOKE(true),
    /** The student takes back what they submitted. */
    WITHDRAW(false);

    private final boolean needsComment;

    DecisionKind(boolean needsComment) {
        this.needsComment = needsComment;
    }

    public boolean needsComment() {
        return needsComment;
    }

    /** True for the decisions an approver takes at a step. */
    public boolean atStep() {
        return this == APPROVE || this == REJECT || this == RETURN;
    }
}
