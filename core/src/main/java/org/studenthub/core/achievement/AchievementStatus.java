package org.studenthub.core.achievement;

/** Where an achievement is in its life; only decisions move it (see {@link Workflow}). */
public enum AchievementStatus {
    DRAFT, SUBMITTED, IN_REVIEW, APPROVED, REJECTED, RETURNED, REVOKED, WITHDRAWN;

    /** True while the achievement waits for an approver. */
    public boolean waiting() {
        return this == SUBMITTED || this == IN_REVIEW;
    }

    /** True while its submitter may still edit it: a draft, or returned for revision. */
    public boolean editable() {
        return this == DRAFT || this == RETURNED;
    }
}
