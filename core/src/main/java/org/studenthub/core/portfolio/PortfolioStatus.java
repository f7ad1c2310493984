package org.studenthub.core.portfolio;

/** What the register says about a credential id. */
public enum PortfolioStatus {
    /** Issued by this college, and every achievement in it is still approved. */
    VALID,
    /** Issued by this college, but at least one of its achievements has been revoked since. */
    REVOKED,
    /** Not issued by this college (or not visible to the caller). */
    UNKNOWN
}
