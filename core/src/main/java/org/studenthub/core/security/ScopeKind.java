package org.studenthub.core.security;

/** How far a grant reaches within a college. */
public enum ScopeKind {
    /** Platform-wide work that is not about any one college's records (creating colleges). */
    PLATFORM,
    /** Every record of the college. */
    COLLEGE,
    /** Students of the programmes of one department. */
    DEPARTMENT,
    /** Students whose current section is one section. */
    SECTION,
    /** Students assigned to the user as mentees. */
    ASSIGNED,
    /** Only the user's own student record. */
    SELF;

    /** True when the scope names a department or section id. */
    public boolean needsId() {
        return this == DEPARTMENT || this == SECTION;
    }
}
